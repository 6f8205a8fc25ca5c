package se.samsyn.analysis;

import java.io.ByteArrayInputStream;
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
 * (stems, inflection rules and compound flags), read by Lucene's Hunspell. Loading takes a second
 * or two; the compound forms read from the Hunspell flags take as long again, so they are read in
 * the background from then on and waited for only when a compound is first split. The instance is
 * meant to be shared, and {@link #lookup()} gives each thread its own reader.
 */
public final class SwedishLexicons {
  private static final String FOLDER = "/org/languagetool/resource/sv/";
  private static final String AFFIX = FOLDER + "hunspell/sv_SE.aff";
  private static final String WORDS = FOLDER + "hunspell/sv_SE.dic";

  private final morfologik.stemming.Dictionary lemmas;
  private final Dictionary hunspell;
  private final CompletableFuture<CompoundForms> compoundForms;

  /** {@code affix} and {@code words} are the Hunspell files' bytes, kept until the compound forms are read. */
  private SwedishLexicons(morfologik.stemming.Dictionary lemmas, Dictionary hunspell, byte[] affix, byte[] words) {
    this.lemmas = lemmas;
    this.hunspell = hunspell;
    this.compoundForms = CompletableFuture.supplyAsync(() -> readCompoundForms(affix, words),
        task -> Thread.ofPlatform().daemon().name("compound-forms").start(task));
  }

  /** Reads the lexicons from the classpath. */
  public static SwedishLexicons load() {
    try {
      URL dict = SwedishLexicons.class.getResource(FOLDER + "swedish.dict");
      if (dict == null) {
        throw new IOException("missing resource " + FOLDER + "swedish.dict (org.languagetool:language-sv)");
      }
      byte[] affix = read(AFFIX);
      byte[] words = read(WORDS);
      Dictionary hunspell = new Dictionary(new ByteArrayInputStream(affix),
          List.of(new ByteArrayInputStream(words)), false, SortingStrategy.inMemory());
      return new SwedishLexicons(morfologik.stemming.Dictionary.read(dict), hunspell, affix, words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish lexicons", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the Swedish Hunspell dictionary is malformed", e);
    }
  }

  /** A reader of the lexicons for one thread at a time. */
  public LexiconLookup lookup() {
    return new LexiconLookup(new morfologik.stemming.DictionaryLookup(lemmas), new Hunspell(hunspell),
        this::compoundForms);
  }

  /** Spelling checks (hyphenation repair, speaker names) over the same Hunspell dictionary. */
  public SwedishLexicon spelling() {
    return SwedishLexicon.of(hunspell);
  }

  private CompoundForms compoundForms() {
    try {
      return compoundForms.join();
    } catch (CompletionException e) {
      switch (e.getCause()) {
        case RuntimeException cause -> throw cause;
        case Error cause -> throw cause;
        default -> throw e;
      }
    }
  }

  private CompoundForms readCompoundForms(byte[] affix, byte[] words) {
    LexiconLookup simpleWords = new LexiconLookup(new morfologik.stemming.DictionaryLookup(lemmas),
        new Hunspell(hunspell), () -> CompoundForms.NONE);
    try {
      return CompoundForms.parse(new String(affix, StandardCharsets.UTF_8), new String(words, StandardCharsets.UTF_8),
          simpleWords::nounLemma, simpleWords::noun);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish compound forms", e);
    }
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
