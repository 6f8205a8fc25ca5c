package se.samsyn.group;

import java.util.Arrays;

/**
 * Multinomial naive Bayes over the distinct terms of a statement: weighted term counts per
 * principle, Laplace smoothing, equal priors. A statement's score for a principle is the sum, over
 * its terms seen in training, of {@code ln((count + α) / (total + α · V))}; terms never seen in
 * training add nothing (they would only favour the principles with the fewest words).
 */
public final class NaiveBayes {
  /** Laplace smoothing: half a count for every term and principle. */
  private static final double ALPHA = 0.5;

  private final int vocabulary;
  private final int principles;
  private final float[] counts;
  private final double[] totals;
  /** Per principle, the denominator of its term probabilities; null after a new statement is counted. */
  private double[] denominators;

  public NaiveBayes(int vocabulary, int principles) {
    this.vocabulary = vocabulary;
    this.principles = principles;
    this.counts = new float[vocabulary * principles];
    this.totals = new double[principles];
  }

  /** Counts a training statement: {@code weights[p]} is how much it belongs to principle p. */
  public void add(int[] distinctTerms, float[] weights) {
    for (int term : distinctTerms) {
      for (int p = 0; p < principles; p++) {
        counts[term * principles + p] += weights[p];
        totals[p] += weights[p];
      }
    }
    denominators = null;
  }

  /** The classifier of the counts so far. */
  public LinearClassifier classifier() {
    float[] matrix = new float[counts.length];
    double[] denominators = denominators();
    for (int term = 0; term < vocabulary; term++) {
      if (seen(term)) {
        for (int p = 0; p < principles; p++) {
          matrix[term * principles + p] = (float) Math.log((counts[term * principles + p] + ALPHA) / denominators[p]);
        }
      }
    }
    return new LinearClassifier(principles, vocabulary, matrix);
  }

  /**
   * The scores of a training statement as if it had not been counted (leave-one-out), into
   * {@code out}: what the classifier would say of it as new material, for calibration.
   */
  public void scoreWithout(int[] distinctTerms, float[] weights, float[] out) {
    double[] denominators = denominators();
    double[] without = new double[principles];
    for (int p = 0; p < principles; p++) {
      without[p] = denominators[p] - distinctTerms.length * weights[p];
    }
    Arrays.fill(out, 0f);
    for (int term : distinctTerms) {
      boolean seenElsewhere = false;
      for (int p = 0; p < principles; p++) {
        seenElsewhere |= counts[term * principles + p] - weights[p] > 1e-6;
      }
      if (seenElsewhere) {
        for (int p = 0; p < principles; p++) {
          out[p] += (float) Math.log((counts[term * principles + p] - weights[p] + ALPHA) / without[p]);
        }
      }
    }
  }

  /** Whether any training statement had the term. */
  public boolean seen(int term) {
    for (int p = 0; p < principles; p++) {
      if (counts[term * principles + p] > 0) {
        return true;
      }
    }
    return false;
  }

  private double[] denominators() {
    if (denominators != null) {
      return denominators;
    }
    int seenTerms = 0;
    for (int term = 0; term < vocabulary; term++) {
      seenTerms += seen(term) ? 1 : 0;
    }
    denominators = new double[principles];
    for (int p = 0; p < principles; p++) {
      denominators[p] = totals[p] + ALPHA * seenTerms;
    }
    return denominators;
  }
}
