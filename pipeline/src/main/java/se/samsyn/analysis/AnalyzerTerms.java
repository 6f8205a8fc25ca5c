package se.samsyn.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import se.samsyn.core.TermFeatures;

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
    return Tokens.tokens(analyzer, "text", text).stream().filter(token -> token.term().length() > 1)
        .map(token -> new Positioned(token.term(), token.position(), VERB.equals(token.type()))).toList();
  }
}
