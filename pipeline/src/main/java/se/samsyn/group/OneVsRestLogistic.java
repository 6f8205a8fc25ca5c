package se.samsyn.group;

import de.bwaldvogel.liblinear.WeightedLogisticRegression;
import de.bwaldvogel.liblinear.WeightedLogisticRegression.SparseExamples;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * One binary L2-regularised logistic regression per principle (a statement of that principle
 * against all others), each solved to convergence by liblinear's trust-region Newton method with a
 * cost per example: {@code ½‖w‖² + C Σᵢ wᵢ log(1 + exp(−yᵢ w·xᵢ))}, the same penalty and example
 * weights as {@link LogisticRegression}'s multinomial objective. A statement of several principles
 * is a positive example of each.
 */
final class OneVsRestLogistic {
  /** liblinear's stopping rule for L2 logistic regression, ten times stricter than its default (0.01). */
  private static final double EPSILON = 0.001;
  private static final int MAX_NEWTON_STEPS = 1000;

  private OneVsRestLogistic() {}

  /**
   * Same arguments as {@link LogisticRegression#train}; the scores are the binary models' log-odds.
   * The principles' models are independent, so they are trained in parallel; each is the same on
   * any number of threads.
   */
  static LinearClassifier train(SparseRows rows, int features, int classes, float[] targets, float[] weights,
      double lambda) {
    SparseExamples x = sortedRows(rows, features);
    float[] matrix = new float[features * classes];
    IntStream.range(0, classes).parallel().forEach(k -> {
      double[] w = trainOne(x, k, classes, targets, weights, lambda);
      for (int f = 0; f < features; f++) {
        matrix[f * classes + k] = (float) w[f];
      }
    });
    return new LinearClassifier(classes, features, matrix);
  }

  /** The binary model of principle {@code k} against the others. */
  private static double[] trainOne(SparseExamples x, int k, int classes, float[] targets, float[] weights,
      double lambda) {
    int examples = x.size();
    double[] labels = new double[examples];
    double[] costs = new double[examples];
    int positives = 0;
    for (int i = 0; i < examples; i++) {
      boolean positive = targets[i * classes + k] > 0;
      positives += positive ? 1 : 0;
      labels[i] = positive ? 1 : -1;
      costs[i] = weights[i] / lambda;
    }
    double tolerance = EPSILON * Math.max(Math.min(positives, examples - positives), 1) / examples;
    return WeightedLogisticRegression.train(x, labels, costs, tolerance, MAX_NEWTON_STEPS);
  }

  /** The rows as liblinear reads them: each row's features in increasing order. */
  private static SparseExamples sortedRows(SparseRows rows, int features) {
    int entries = rows.offsets()[rows.rows()];
    int[] columns = new int[entries];
    float[] values = new float[entries];
    for (int r = 0; r < rows.rows(); r++) {
      int from = rows.offsets()[r];
      int to = rows.offsets()[r + 1];
      Integer[] order = new Integer[to - from];
      for (int i = 0; i < order.length; i++) {
        order[i] = from + i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(rows.terms()[a], rows.terms()[b]));
      for (int i = 0; i < order.length; i++) {
        columns[from + i] = rows.terms()[order[i]];
        values[from + i] = rows.weights()[order[i]];
      }
    }
    return new SparseExamples(features, rows.offsets(), columns, values);
  }
}
