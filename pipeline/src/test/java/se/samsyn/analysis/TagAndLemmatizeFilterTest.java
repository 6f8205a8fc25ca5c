package se.samsyn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.models.GreedyPosTagger;
import se.samsyn.models.SwedishModels;

/** The combined filter gives exactly what Lucene's POS filter followed by its lemmatizer filter give. */
class TagAndLemmatizeFilterTest {
  private static final CharArraySet KEYWORDS = new CharArraySet(List.of("och", "med", "vi", "är", "Dialog"), false);

  @ParameterizedTest
  @ValueSource(strings = {
      "Föreningarna vill ha mer dialog med kommunerna.",
      "Vi tyckte att dialogen blev bättre. Kvalitetsarbetet är långsiktigt! Deltagarna mentimetrade svaren",
      "Dialog\nÖppenhet och insyn\n\n• Fler mötesplatser • Tydligare uppdrag",
      "Och",
      ""})
  void tagsLemmasOffsetsAndKeywordsAsLucenesTwoFilters(String text) throws IOException {
    NLPPOSTaggerOp lucenesTagger = new NLPPOSTaggerOp(SwedishModels.posModel()) {
      private final GreedyPosTagger tagger = new GreedyPosTagger(SwedishModels.posModel());

      @Override
      public String[] getPOSTags(String[] words) {
        return tagger.tag(words);
      }
    };
    List<String> lucenes = tokens(text, words -> {
      TokenStream tagged = new OpenNLPPOSFilter(words, lucenesTagger);
      tagged.addAttribute(TypeAttribute.class);
      return new OpenNLPLemmatizerFilter(tagged, lemmatizer());
    });
    List<String> combined = tokens(text,
        words -> new TagAndLemmatizeFilter(words, new GreedyPosTagger(SwedishModels.posModel()), lemmatizer()));
    assertEquals(lucenes, combined);
  }

  private static LexiconFirstLemmatizerOp lemmatizer() {
    try {
      return new LexiconFirstLemmatizerOp(new LexiconLemmatizer(TestLexicons.get().lookup()), SwedishModels.lemmatizerModel());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Each token as term/type/keyword@start-end+increment, twice over the same stream to check reuse. */
  private static List<String> tokens(String text, UnaryOperator<TokenStream> tagAndLemmatize) throws IOException {
    OpenNLPTokenizer tokenizer = new OpenNLPTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
        new NLPSentenceDetectorOp(SwedishModels.sentenceModel()), new NLPTokenizerOp(SwedishModels.tokenizerModel()));
    TokenStream stream = tagAndLemmatize.apply(
        new SetKeywordMarkerFilter(new SurfaceFormFilter(new PunctuationSplitFilter(tokenizer)), KEYWORDS));
    List<String> tokens = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      tokenizer.setReader(new StringReader(text));
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
