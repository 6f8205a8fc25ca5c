package se.samsyn.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.opennlp.OpenNLPTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.util.AttributeFactory;
import se.samsyn.models.GreedyPosTagger;
import se.samsyn.models.SwedishModels;

/**
 * Swedish analysis on Lucene's OpenNLP integration: Samsyn's OpenNLP models split sentences and
 * tokens and tag parts of speech, and {@link LexiconFirstLemmatizerOp} gives lemmas from the
 * lexicons (the statistical lemmatizer model for words they lack); the part of speech chooses between
 * lemmas of the same form. Function words (Lucene's Swedish stop list and a few more) and
 * punctuation are dropped; everything is lower-cased with {@code Locale.ROOT} rules. Parts of
 * speech do not decide what is dropped: the tagger is wrong often enough to lose content words.
 */
public final class OpenNlpSwedishAnalyzer extends Analyzer {
  /** What the analyzer emits per word. */
  public enum Output {
    /**
     * Lemma, the word's other lexicon lemmas and the lemmas of compound parts, all at the same
     * position (for indexing).
     */
    LEMMAS_AND_PARTS,
    /** Lemma only (for queries: "kvalitetsarbete" should not match every "arbete"). */
    LEMMAS,
    /** Lemmas of nouns, proper nouns, adjectives and verbs only (what a theme label is made of). */
    CONTENT_LEMMAS,
    /** The lower-cased written form of every word, function words included (for exact matches). */
    WORDS
  }

  /** Token type of the compound parts the indexing output adds. */
  public static final String COMPOUND_PART = "compound_part";

  /** Lucene's Swedish stop words and a few more, in any case; marked before lemmatisation. */
  private static final CharArraySet STOP_WORDS = stopWords();

  /** Universal POS tags of content words. */
  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "ADJ", "VERB");

  private final Output output;
  private final SwedishLexicons lexicons;

  public OpenNlpSwedishAnalyzer(Output output, SwedishLexicons lexicons) {
    this.output = output;
    this.lexicons = lexicons;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    try {
      OpenNLPTokenizer tokenizer = new OpenNLPTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
          new PreparedSentenceDetectorOp(SwedishModels.sentenceModel()),
          new WordByWordTokenizerOp(SwedishModels.tokenizerModel()));
      TokenStream words = new PunctuationSplitFilter(tokenizer);
      if (output == Output.WORDS) {
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new WordTokenFilter(words)));
      }
      LexiconLookup lookup = lexicons.lookup();
      // stop words are marked as keywords so that the lemmatizer leaves them for the stop filter
      TokenStream stream = new SetKeywordMarkerFilter(new SurfaceFormFilter(words), STOP_WORDS);
      stream = new TagAndLemmatizeFilter(stream, new GreedyPosTagger(SwedishModels.posModel()),
          new LexiconFirstLemmatizerOp(new LexiconLemmatizer(lookup), SwedishModels.lemmatizerModel()));
      stream = new LowerCaseFilter(new WordTokenFilter(stream));
      stream = new StopFilter(stream, STOP_WORDS);
      if (output == Output.CONTENT_LEMMAS) {
        stream = new TypeTokenFilter(stream, CONTENT_TAGS, true);
      }
      if (output == Output.LEMMAS_AND_PARTS) {
        stream = new CompoundPartsFilter(new LemmaAlternativesFilter(stream, lookup), lookup);
      }
      return new TokenStreamComponents(tokenizer, stream);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the OpenNLP analysis", e);
    }
  }

  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), true);
    words.addAll(List.of("ska", "samt", "även", "dock", "också", "etc", "tex", "t.ex", "bl.a", "bla",
        "m.fl", "osv", "dvs", "ex", "bör", "måste",
        // how much, not what about: as features they pulled "Mer dialog" away from dialogue
        "mer", "mera", "mest", "fler", "flera", "flest", "många", "mindre", "minst", "färre", "färst"));
    return CharArraySet.unmodifiableSet(words);
  }
}
