package se.samsyn.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import se.samsyn.core.TermFeatures;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Terms from a Lucene analyzer, in practice Samsyn's Swedish chain with lemmas and compound parts
 * ({@code kvalitetsarbetet} → kvalitetsarbete, kvalitet, arbete). Terms of one letter are dropped.
 * Positions are the analyzer's: stacked terms share one, a word the analyzer left out leaves a gap.
 */
public final class AnalyzerTerms implements TermFeatures {
  /** The part-of-speech tag Samsyn's chain gives verbs as token type (Universal Dependencies). */
  private static final String VERB = "VERB";

  private final Analyzer analyzer;

  public AnalyzerTerms(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public List<String> terms(String text) {
    return positioned(text).stream().map(Positioned::term).toList();
  }

  @Override
  public List<Positioned> positioned(String text) {
    List<Positioned> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (term.length() > 1) {
          terms.add(new Positioned(term.toString(), position, VERB.equals(type.type())));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory text failed", e);
    }
    return terms;
  }
}
