package se.samsyn.group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Terms from a Lucene analyzer, in practice Samsyn's Swedish chain with lemmas and compound parts
 * ({@code kvalitetsarbetet} → kvalitetsarbete, kvalitet, arbete). Terms of one letter are dropped.
 */
public final class AnalyzerTerms implements TermFeatures {
  private final Analyzer analyzer;

  public AnalyzerTerms(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 1) {
          terms.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory text failed", e);
    }
    return terms;
  }
}
