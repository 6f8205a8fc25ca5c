package se.samsyn.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Knows which strings are Swedish words, from the Hunspell sv_SE dictionary shipped in
 * LanguageTool's {@code language-sv} artifact, read by Lucene's Hunspell implementation.
 */
public final class SwedishLexicon {
  private static final String BASE = "/org/languagetool/resource/sv/hunspell/sv_SE";

  private final Hunspell hunspell;

  private SwedishLexicon(Hunspell hunspell) {
    this.hunspell = hunspell;
  }

  public static SwedishLexicon load() {
    try (InputStream affix = open(BASE + ".aff"); InputStream words = open(BASE + ".dic")) {
      return of(new Dictionary(new ByteBuffersDirectory(), "sv", affix, words));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish Hunspell dictionary", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the Swedish Hunspell dictionary is malformed", e);
    }
  }

  /** Spelling over an already loaded sv_SE dictionary, e.g. the one of the analysis lexicons. */
  public static SwedishLexicon of(Dictionary dictionary) {
    return new SwedishLexicon(new Hunspell(dictionary));
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = SwedishLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing resource " + resource + " (org.languagetool:language-sv)");
    }
    return in;
  }

  /**
   * True when the lower-cased word is an inflected form of a dictionary entry by itself, not only
   * as a compound: "engagemang" is, "Västmark" and "Skåne" (names) are not.
   */
  public synchronized boolean isCommonWord(String word) {
    return !hunspell.getRoots(word.toLowerCase(Locale.ROOT)).isEmpty();
  }

  /** True when the word (any case) is spelled as a Swedish word, inflected forms and compounds included. */
  public synchronized boolean isWord(String word) {
    return hunspell.spell(word) || hunspell.spell(word.toLowerCase(Locale.ROOT));
  }
}
