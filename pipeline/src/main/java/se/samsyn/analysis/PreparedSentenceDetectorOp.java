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
  /**
   * The text a thread split last, with the model and the sentences: indexing analyses each
   * statement for two fields, and each field's chain would split it again. The sentences depend on
   * the model and the text alone (a setting added to this op would belong in the key). Lucene's
   * tokenizer also splits an empty text at every reset; those pass by the memo. It holds one text
   * (Lucene passes at most 1,024 characters at a time) per thread.
   */
  private static final ThreadLocal<Split> LAST_SPLIT = new ThreadLocal<>();

  private record Split(SentenceModel model, String text, Span[] sentences) {}

  private final SentenceModel model;
  private final PreparedSentenceDetector detector;

  PreparedSentenceDetectorOp(SentenceModel model) {
    this.model = model;
    this.detector = new PreparedSentenceDetector(model);
  }

  @Override
  public Span[] splitSentences(String text) {
    if (text.isEmpty()) {
      return detector.sentPosDetect(text);
    }
    Split last = LAST_SPLIT.get();
    if (last == null || last.model() != model || !last.text().equals(text)) {
      last = new Split(model, text, detector.sentPosDetect(text));
      LAST_SPLIT.set(last);
    }
    return last.sentences().clone();
  }
}
