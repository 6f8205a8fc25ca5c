package se.samsyn.group;

import java.util.List;

/**
 * Turns classifier scores into probabilities with a softmax at a temperature fitted on labelled
 * statements (the one that maximises their likelihood), so that a score of 0.7 means the top
 * principle was right about 7 times in 10 on material like the training material (on new material
 * high scores run somewhat over-confident: see GROUPING.md).
 */
public record Calibration(double temperature) {
  /** Probabilities are floored here before their logarithm is rescaled by a temperature. */
  private static final double FLOOR = 1e-9;

  /** Temperatures tried: 0.01 to about 40, each 1.25 times the one before. */
  private static final double[] CANDIDATES = java.util.stream.DoubleStream.iterate(0.01, t -> t * 1.25)
      .limit(38).toArray();

  public Calibration {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive: " + temperature);
    }
  }

  /** Probabilities from scores, into {@code out}. */
  public void probabilities(float[] scores, double[] out) {
    probabilities(scores, out, 0);
  }

  /** Probabilities from scores, into {@code out} from {@code offset} on. */
  public void probabilities(float[] scores, double[] out, int offset) {
    double max = Double.NEGATIVE_INFINITY;
    for (float s : scores) {
      max = Math.max(max, s);
    }
    double sharpness = 1 / temperature;
    double sum = 0;
    for (int p = 0; p < scores.length; p++) {
      double z = (scores[p] - max) * sharpness;
      // below e^-30 (1e-13) of the best a principle adds nothing a score could show; exp is the costly part
      double e = z < -30 ? 0 : Math.exp(z);
      out[offset + p] = e;
      sum += e;
    }
    double share = 1 / sum;
    for (int p = 0; p < scores.length; p++) {
      out[offset + p] *= share;
    }
  }

  /**
   * Probabilities of a model rescaled to this temperature: the softmax of their logarithms divided
   * by it (below 1 sharper, above 1 flatter; the order of the principles stays).
   */
  public double[] rescale(double[] probabilities) {
    double[] out = new double[probabilities.length];
    probabilities(logarithms(probabilities), out);
    return out;
  }

  /** The logarithms of probabilities (floored at {@value #FLOOR}), as scores to rescale or fit a temperature on. */
  public static float[] logarithms(double[] probabilities) {
    float[] logs = new float[probabilities.length];
    for (int p = 0; p < probabilities.length; p++) {
      logs[p] = (float) Math.log(Math.max(probabilities[p], FLOOR));
    }
    return logs;
  }

  /**
   * Fits the temperature on labelled examples: {@code scores.get(i)} are the scores of example
   * {@code i} and {@code truth[i]} the index of its principle. With no examples, 1 (the scores
   * are taken as log-likelihoods).
   */
  public static Calibration fit(List<float[]> scores, int[] truth) {
    if (scores.isEmpty()) {
      return new Calibration(1);
    }
    double bestTemperature = CANDIDATES[0];
    double bestLikelihood = Double.NEGATIVE_INFINITY;
    double[] p = new double[scores.get(0).length];
    for (double temperature : CANDIDATES) {
      Calibration calibration = new Calibration(temperature);
      double likelihood = 0;
      for (int i = 0; i < scores.size(); i++) {
        calibration.probabilities(scores.get(i), p);
        likelihood += Math.log(Math.max(p[truth[i]], 1e-12));
      }
      if (likelihood > bestLikelihood) {
        bestLikelihood = likelihood;
        bestTemperature = temperature;
      }
    }
    return new Calibration(bestTemperature);
  }
}
