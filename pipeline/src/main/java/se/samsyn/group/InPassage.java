package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each text in its passage, for any classifier that does not itself: a text's
 * log-probabilities are averaged with those of the texts just before and after it in the same
 * passage (same non-empty context key), which weigh {@link #CONTEXT_WEIGHT} each, and normalised
 * again. This is done {@link #ROUNDS} times, so that a neighbour is itself read with its neighbours
 * first: in the middle of a passage a text then weighs 6/16, the texts next to it 4/16 each and
 * those two away 1/16 each. A sentence such as "Då blir det lättare att jämföra" says little on its
 * own, and a workshop note of one word ("Förankring") is placed by the notes around it. The average
 * (not a sum) keeps a text in a passage as confident as one alone, on the scale its classifier was
 * calibrated on.
 */
public final class InPassage implements PrincipleClassifier {
  /** How much a neighbouring text of the same passage counts, relative to the text itself. */
  static final double CONTEXT_WEIGHT = 0.5;

  /** How many times the neighbours are averaged in. */
  static final int ROUNDS = 2;

  /** Probabilities are floored here before their logarithm: a neighbour sure against a principle cannot veto it. */
  private static final double FLOOR = 1e-6;

  private final PrincipleClassifier classifier;

  public InPassage(PrincipleClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return classifier.name();
  }

  @Override
  public boolean readsPassages() {
    return true;
  }

  @Override
  public Model train(List<Example> examples) {
    Model model = classifier.train(examples);
    return classifier.readsPassages() ? model : texts -> read(texts, model.score(texts));
  }

  static List<Scored> read(List<Text> texts, List<Scored> alone) {
    int width = alone.isEmpty() ? 0 : alone.get(0).probabilities().length;
    float[] logs = new float[alone.size() * width];
    for (int r = 0; r < alone.size(); r++) {
      double[] own = alone.get(r).probabilities();
      for (int p = 0; p < width; p++) {
        logs[r * width + p] = (float) Math.log(Math.max(own[p], FLOOR));
      }
    }
    float[] read = smooth(logs, width, passages(texts));
    List<Scored> out = new ArrayList<>(alone.size());
    for (int r = 0; r < alone.size(); r++) {
      out.add(alone.get(r).withProbabilities(softmax(read, r * width, width)));
    }
    return out;
  }

  /**
   * Row-major scores (row r's start at {@code r * width}) read in their passages: {@link #ROUNDS}
   * times, each row's scores averaged with those of the rows just before and after it with the same
   * passage number (-1: none), which weigh {@link #CONTEXT_WEIGHT}. Returns a new array.
   */
  public static float[] smooth(float[] scores, int width, int[] passage) {
    int rows = passage.length;
    float context = (float) CONTEXT_WEIGHT;
    float[] from = scores;
    float[] to = new float[scores.length];
    for (int round = 0; round < ROUNDS; round++) {
      for (int r = 0; r < rows; r++) {
        boolean before = r > 0 && passage[r] >= 0 && passage[r] == passage[r - 1];
        boolean after = r + 1 < rows && passage[r] >= 0 && passage[r] == passage[r + 1];
        float weight = 1 + (before ? context : 0) + (after ? context : 0);
        for (int p = 0, at = r * width; p < width; p++, at++) {
          float sum = from[at] + (before ? context * from[at - width] : 0) + (after ? context * from[at + width] : 0);
          to[at] = sum / weight;
        }
      }
      float[] done = from == scores ? new float[scores.length] : from;
      from = to;
      to = done;
    }
    return from;
  }

  private static double[] softmax(float[] logits, int offset, int width) {
    double max = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < width; p++) {
      max = Math.max(max, logits[offset + p]);
    }
    double sum = 0;
    double[] out = new double[width];
    for (int p = 0; p < width; p++) {
      out[p] = Math.exp(logits[offset + p] - max);
      sum += out[p];
    }
    for (int p = 0; p < width; p++) {
      out[p] /= sum;
    }
    return out;
  }

  /** A number per context key, -1 for none: texts next to each other with the same number read each other. */
  static int[] passages(List<Text> texts) {
    Map<String, Integer> numbers = new HashMap<>();
    int[] passage = new int[texts.size()];
    for (int r = 0; r < texts.size(); r++) {
      String key = texts.get(r).contextKey();
      passage[r] = key.isEmpty() ? -1 : numbers.computeIfAbsent(key, k -> numbers.size());
    }
    return passage;
  }
}
