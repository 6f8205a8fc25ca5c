package se.samsyn.analysis;

import java.io.IOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.opennlp.tools.NLPSentenceDetectorOp;
import se.samsyn.nlp.PreparedSentenceDetector;

/** Lucene's sentence op over {@link PreparedSentenceDetector}. Not thread-safe, like Lucene's op, which synchronises instead. */
final class PreparedSentenceDetectorOp extends NLPSentenceDetectorOp {
  private final PreparedSentenceDetector detector;

  PreparedSentenceDetectorOp(SentenceModel model) throws IOException {
    this.detector = new PreparedSentenceDetector(model);
  }

  @Override
  public Span[] splitSentences(String text) {
    return detector.sentPosDetect(text);
  }
}
