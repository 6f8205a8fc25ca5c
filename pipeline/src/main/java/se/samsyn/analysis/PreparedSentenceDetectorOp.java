package se.samsyn.analysis;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.opennlp.tools.NLPSentenceDetectorOp;
import se.samsyn.nlp.PreparedSentenceDetector;

/**
 * Lucene's sentence op over {@link PreparedSentenceDetector}. Not thread-safe, unlike Lucene's
 * synchronised op: one per analysis chain, which Lucene keeps per thread.
 */
final class PreparedSentenceDetectorOp extends NLPSentenceDetectorOp {
  private final PreparedSentenceDetector detector;

  PreparedSentenceDetectorOp(SentenceModel model) {
    this.detector = new PreparedSentenceDetector(model);
  }

  @Override
  public Span[] splitSentences(String text) {
    return detector.sentPosDetect(text);
  }
}
