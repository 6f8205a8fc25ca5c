package se.samsyn.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import se.samsyn.nlp.SwedishLexicon;

/**
 * The Swedish lexicons of LanguageTool's {@code language-sv} artifact: the morfologik dictionary
 * {@code swedish.dict} (word form → lemma + part-of-speech tag) and the Hunspell sv_SE dictionary
 * (stems, inflection rules and compound flags), read by Lucene's Hunspell. Loading takes a second
 * or two; the instance is immutable and meant to be shared, and {@link #lookup()} gives each thread
 * its own reader.
 */
public final class SwedishLexicons {
  private static final String FOLDER = "/org/languagetool/resource/sv/";

  private final morfologik.stemming.Dictionary lemmas;
  private final Dictionary hunspell;
  private final CompoundForms compoundForms;

  private SwedishLexicons(morfologik.stemming.Dictionary lemmas, Dictionary hunspell, CompoundForms forms) {
    this.lemmas = lemmas;
    this.hunspell = hunspell;
    this.compoundForms = forms;
  }

  /** Reads the lexicons from the classpath. */
  public static SwedishLexicons load() {
    try {
      URL dict = SwedishLexicons.class.getResource(FOLDER + "swedish.dict");
      if (dict == null) {
        throw new IOException("missing resource " + FOLDER + "swedish.dict (org.languagetool:language-sv)");
      }
      morfologik.stemming.Dictionary lemmas = morfologik.stemming.Dictionary.read(dict);
      byte[] affix = read(FOLDER + "hunspell/sv_SE.aff");
      byte[] words = read(FOLDER + "hunspell/sv_SE.dic");
      Dictionary hunspell = new Dictionary(new ByteArrayInputStream(affix),
          List.of(new ByteArrayInputStream(words)), false, SortingStrategy.inMemory());
      LexiconLookup simpleWords = new LexiconLookup(new morfologik.stemming.DictionaryLookup(lemmas),
          new Hunspell(hunspell), CompoundForms.NONE);
      CompoundForms forms = CompoundForms.parse(new String(affix, StandardCharsets.UTF_8),
          new String(words, StandardCharsets.UTF_8), simpleWords::nounLemma, simpleWords::noun);
      return new SwedishLexicons(lemmas, hunspell, forms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish lexicons", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the Swedish Hunspell dictionary is malformed", e);
    }
  }

  /** A reader of the lexicons for one thread at a time. */
  public LexiconLookup lookup() {
    return new LexiconLookup(new morfologik.stemming.DictionaryLookup(lemmas), new Hunspell(hunspell),
        compoundForms);
  }

  /** Spelling checks (hyphenation repair, speaker names) over the same Hunspell dictionary. */
  public SwedishLexicon spelling() {
    return SwedishLexicon.of(hunspell);
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = SwedishLexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource + " (org.languagetool:language-sv)");
      }
      return in.readAllBytes();
    }
  }
}
