package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each text in its passage, for any classifier: a text's log-probabilities are averaged with
 * those of the texts just before and after it in the same passage (same non-empty context key),
 * which weigh {@link #CONTEXT_WEIGHT} each, and normalised again. A sentence such as "Då blir det
 * lättare att jämföra" says little on its own. The average (not a sum) keeps a text in a passage
 * as confident as one alone, on the scale its classifier was calibrated on.
 */
public final class InPassage implements PrincipleClassifier {
  /** How much a neighbouring text of the same passage counts, relative to the text itself. */
  static final double CONTEXT_WEIGHT = 0.5;

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
  public Model train(List<Example> examples) {
    Model model = classifier.train(examples);
    return texts -> read(texts, model.score(texts));
  }

  static List<Scored> read(List<Text> texts, List<Scored> alone) {
    int[] passage = passages(texts);
    List<Scored> out = new ArrayList<>(alone.size());
    for (int r = 0; r < alone.size(); r++) {
      boolean before = r > 0 && passage[r] >= 0 && passage[r] == passage[r - 1];
      boolean after = r + 1 < alone.size() && passage[r] >= 0 && passage[r] == passage[r + 1];
      if (!before && !after) {
        out.add(alone.get(r));
        continue;
      }
      double[] own = alone.get(r).probabilities();
      double[] mean = new double[own.length];
      double weight = 1 + (before ? CONTEXT_WEIGHT : 0) + (after ? CONTEXT_WEIGHT : 0);
      for (int p = 0; p < own.length; p++) {
        double sum = Math.log(Math.max(own[p], FLOOR));
        sum += before ? CONTEXT_WEIGHT * Math.log(Math.max(alone.get(r - 1).probabilities()[p], FLOOR)) : 0;
        sum += after ? CONTEXT_WEIGHT * Math.log(Math.max(alone.get(r + 1).probabilities()[p], FLOOR)) : 0;
        mean[p] = sum / weight;
      }
      out.add(alone.get(r).withProbabilities(softmax(mean)));
    }
    return out;
  }

  private static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    double[] out = new double[logits.length];
    for (int p = 0; p < logits.length; p++) {
      out[p] = Math.exp(logits[p] - max);
      sum += out[p];
    }
    for (int p = 0; p < logits.length; p++) {
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
