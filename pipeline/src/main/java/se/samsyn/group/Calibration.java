package se.samsyn.group;

import java.util.List;

/**
 * Turns cosine scores into probabilities with a softmax at a temperature fitted on labelled
 * statements (the one that maximises their likelihood), so that a score of 0.7 means the top
 * principle was right about 7 times in 10 on material like the training material.
 */
public record Calibration(double temperature) {
  private static final double[] CANDIDATES = {0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.5};

  public Calibration {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive: " + temperature);
    }
  }

  /** Probabilities from cosine scores, into {@code out}. */
  public void probabilities(float[] scores, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (float s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int p = 0; p < scores.length; p++) {
      out[p] = Math.exp((scores[p] - max) / temperature);
      sum += out[p];
    }
    for (int p = 0; p < scores.length; p++) {
      out[p] /= sum;
    }
  }

  /**
   * Fits the temperature on labelled examples: {@code scores.get(i)} are the cosine scores of
   * example {@code i} and {@code truth[i]} the index of its principle. With no examples, 0.05.
   */
  public static Calibration fit(List<float[]> scores, int[] truth) {
    if (scores.isEmpty()) {
      return new Calibration(0.05);
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
