package se.samsyn.nlp;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import se.samsyn.models.SwedishModels;

/** Sentence splitting with Samsyn's Swedish OpenNLP sentence model (one detector per thread). */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
  private final ThreadLocal<PreparedSentenceDetector> detector;

  public OpenNlpSentenceSplitter(SentenceModel model) {
    this.detector = ThreadLocal.withInitial(() -> new PreparedSentenceDetector(model));
  }

  public static OpenNlpSentenceSplitter swedish() {
    return new OpenNlpSentenceSplitter(SwedishModels.sentenceModel());
  }

  @Override
  public List<String> split(String text) {
    return Arrays.stream(detector.get().sentDetect(text)).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }
}
