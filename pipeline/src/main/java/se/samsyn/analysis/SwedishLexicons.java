package se.samsyn.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import se.samsyn.nlp.SwedishLexicon;

/**
 * The Swedish lexicons of LanguageTool's {@code language-sv} artifact: the morfologik dictionary
 * {@code swedish.dict} (word form → lemma + part-of-speech tag) and the Hunspell sv_SE dictionary
 * (stems, inflection rules and compound flags), read by Lucene's Hunspell, with the compound forms
 * the build derived from those flags ({@link CompoundFormsTable}). Hunspell's dictionary takes about
 * a second to read, so it is read on a thread of its own from the moment {@link #load()} starts, while
 * the caller loads what else it needs, and waited for when a word first needs it. The instance is meant
 * to be shared, and {@link #lookup()} gives each thread its own reader.
 */
public final class SwedishLexicons {
  private static final String FOLDER = "/org/languagetool/resource/sv/";
  private static final String AFFIX = FOLDER + "hunspell/sv_SE.aff";
  private static final String WORDS = FOLDER + "hunspell/sv_SE.dic";

  private final morfologik.stemming.Dictionary lemmas;
  private final CompletableFuture<Dictionary> hunspell;
  private final CompoundForms compoundForms;

  private SwedishLexicons(morfologik.stemming.Dictionary lemmas, CompletableFuture<Dictionary> hunspell,
      CompoundForms compoundForms) {
    this.lemmas = lemmas;
    this.hunspell = hunspell;
    this.compoundForms = compoundForms;
  }

  /** Reads the lexicons from the classpath. */
  public static SwedishLexicons load() {
    CompletableFuture<Dictionary> hunspell = CompletableFuture.supplyAsync(SwedishLexicons::readHunspell,
        task -> Thread.ofPlatform().daemon().name("hunspell-dictionary").start(task));
    return new SwedishLexicons(readLemmas(), hunspell, CompoundForms.read());
  }

  /**
   * Derives the compound forms from the Hunspell files' flags (seconds of work): what the build
   * writes for {@link #load()} to read.
   */
  static CompoundForms deriveCompoundForms() {
    LexiconLookup simpleWords = new SwedishLexicons(readLemmas(), CompletableFuture.completedFuture(readHunspell()),
        CompoundForms.NONE).lookup();
    try {
      return CompoundForms.parse(text(AFFIX), text(WORDS), simpleWords::nounLemma, simpleWords::noun);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish compound forms", e);
    }
  }

  /** A reader of the lexicons for one thread at a time. */
  public LexiconLookup lookup() {
    return new LexiconLookup(new morfologik.stemming.DictionaryLookup(lemmas), () -> new Hunspell(hunspell()),
        compoundForms);
  }

  /** Spelling checks (hyphenation repair, speaker names) over the same Hunspell dictionary. */
  public SwedishLexicon spelling() {
    return SwedishLexicon.of(hunspell());
  }

  private Dictionary hunspell() {
    try {
      return hunspell.join();
    } catch (CompletionException e) {
      switch (e.getCause()) {
        case RuntimeException cause -> throw cause;
        case Error cause -> throw cause;
        default -> throw e;
      }
    }
  }

  private static morfologik.stemming.Dictionary readLemmas() {
    URL dict = SwedishLexicons.class.getResource(FOLDER + "swedish.dict");
    try {
      if (dict == null) {
        throw new IOException("missing resource " + FOLDER + "swedish.dict (org.languagetool:language-sv)");
      }
      return morfologik.stemming.Dictionary.read(dict);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish lexicons", e);
    }
  }

  private static Dictionary readHunspell() {
    try (InputStream affix = open(AFFIX); InputStream words = open(WORDS)) {
      return new Dictionary(affix, List.of(words), false, SortingStrategy.inMemory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish lexicons", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the Swedish Hunspell dictionary is malformed", e);
    }
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = SwedishLexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing resource " + resource + " (org.languagetool:language-sv)");
    }
    return in;
  }
}
