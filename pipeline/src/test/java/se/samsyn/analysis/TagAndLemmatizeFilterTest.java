package se.samsyn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.opennlp.OpenNLPLemmatizerFilter;
import org.apache.lucene.analysis.opennlp.OpenNLPPOSFilter;
import org.apache.lucene.analysis.opennlp.OpenNLPTokenizer;
import org.apache.lucene.analysis.opennlp.tools.NLPPOSTaggerOp;
import org.apache.lucene.analysis.opennlp.tools.NLPSentenceDetectorOp;
import org.apache.lucene.analysis.opennlp.tools.NLPTokenizerOp;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.models.GreedyPosTagger;
import se.samsyn.models.SwedishModels;

/**
 * The combined filter gives what Lucene's POS filter followed by its lemmatizer filter give, except
 * that it keeps keyword-marked words after a sentence's last lemmatised word, which Lucene's drops.
 */
class TagAndLemmatizeFilterTest {
  private static final CharArraySet KEYWORDS = new CharArraySet(List.of("och", "med", "vi", "är", "att"), true);
  private static final String NEXT_TEXT = "Deltagarna vill ha långsiktiga villkor";

  @ParameterizedTest
  @ValueSource(strings = {
      "Föreningarna vill ha mer dialog med kommunerna.",
      "Vi tyckte att dialogen blev bättre. Kvalitetsarbetet är långsiktigt! Deltagarna mentimetrade svaren",
      "Dialog\nÖppenhet och insyn\n\n• Fler mötesplatser • Tydligare uppdrag",
      "Och vi med. Dialogen fortsätter",
      ""})
  void tagsLemmasOffsetsAndKeywordsAsLucenesTwoFilters(String text) throws IOException {
    assertEquals(tokens(text, TagAndLemmatizeFilterTest::lucenesTwoFilters), tokens(text, TagAndLemmatizeFilterTest::combined));
  }

  @Test
  void keywordsAfterTheLastLemmatisedWordOfASentenceAreKept() throws IOException {
    String text = "Dialogen fortsätter. Vi vill vara med";
    List<String> combined = tokens(text, TagAndLemmatizeFilterTest::combined);
    assertTrue(combined.stream().anyMatch(token -> token.startsWith("med/") && token.contains("/true@34-37+1")),
        combined.toString());
    // Lucene's lemmatizer filter ends the sentence after "vara" and loses "med" (the text is read twice)
    assertEquals(tokens(text, TagAndLemmatizeFilterTest::lucenesTwoFilters).size() + 2, combined.size());
  }

  private static TokenStream combined(TokenStream words) {
    return new TagAndLemmatizeFilter(words, new GreedyPosTagger(SwedishModels.posModel()), lemmatizer());
  }

  private static TokenStream lucenesTwoFilters(TokenStream words) {
    NLPPOSTaggerOp greedy = new NLPPOSTaggerOp(SwedishModels.posModel()) {
      private final GreedyPosTagger tagger = new GreedyPosTagger(SwedishModels.posModel());

      @Override
      public String[] getPOSTags(String[] sentence) {
        return tagger.tag(sentence);
      }
    };
    TokenStream tagged = new OpenNLPPOSFilter(words, greedy);
    tagged.addAttribute(TypeAttribute.class);
    return new OpenNLPLemmatizerFilter(tagged, lemmatizer());
  }

  private static LexiconFirstLemmatizerOp lemmatizer() {
    try {
      return new LexiconFirstLemmatizerOp(new LexiconLemmatizer(TestLexicons.get().lookup()), SwedishModels.lemmatizerModel());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Each token as term/type/keyword@start-end+increment, and the end offset; the same stream then reads
   * another text and the first again, as a reused analyzer does.
   */
  private static List<String> tokens(String text, UnaryOperator<TokenStream> tagAndLemmatize) throws IOException {
    OpenNLPTokenizer tokenizer = new OpenNLPTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
        new NLPSentenceDetectorOp(SwedishModels.sentenceModel()), new NLPTokenizerOp(SwedishModels.tokenizerModel()));
    TokenStream stream = tagAndLemmatize.apply(
        new SetKeywordMarkerFilter(new SurfaceFormFilter(new PunctuationSplitFilter(tokenizer)), KEYWORDS));
    List<String> tokens = new ArrayList<>();
    for (String read : List.of(text, NEXT_TEXT, text)) {
      tokenizer.setReader(new StringReader(read));
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "/" + type.type() + "/" + keyword.isKeyword() + "@" + offset.startOffset() + "-"
            + offset.endOffset() + "+" + position.getPositionIncrement());
      }
      stream.end();
      tokens.add("end@" + offset.endOffset());
      stream.close();
    }
    return tokens;
  }
}
