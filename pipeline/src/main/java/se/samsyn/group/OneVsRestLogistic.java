package se.samsyn.group;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.WeightedLogisticRegression;
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
    Feature[][] x = features(rows);
    float[] matrix = new float[features * classes];
    IntStream.range(0, classes).parallel().forEach(k -> {
      double[] w = trainOne(x, features, k, classes, targets, weights, lambda);
      for (int f = 0; f < features; f++) {
        matrix[f * classes + k] = (float) w[f];
      }
    });
    return new LinearClassifier(classes, features, matrix);
  }

  /** The binary model of principle {@code k} against the others. */
  private static double[] trainOne(Feature[][] x, int features, int k, int classes, float[] targets,
      float[] weights, double lambda) {
    Problem problem = new Problem();
    problem.l = x.length;
    problem.n = features;
    problem.x = x;
    problem.bias = -1;
    problem.y = new double[problem.l];
    double[] costs = new double[problem.l];
    int positives = 0;
    for (int i = 0; i < problem.l; i++) {
      boolean positive = targets[i * classes + k] > 0;
      positives += positive ? 1 : 0;
      problem.y[i] = positive ? 1 : -1;
      costs[i] = weights[i] / lambda;
    }
    double tolerance = EPSILON * Math.max(Math.min(positives, problem.l - positives), 1) / problem.l;
    return WeightedLogisticRegression.train(problem, costs, tolerance, MAX_NEWTON_STEPS);
  }

  /** The rows as liblinear reads them: 1-based feature indices in increasing order. */
  private static Feature[][] features(SparseRows rows) {
    Feature[][] x = new Feature[rows.rows()][];
    for (int r = 0; r < rows.rows(); r++) {
      int from = rows.offsets()[r];
      int to = rows.offsets()[r + 1];
      Integer[] order = new Integer[to - from];
      for (int i = 0; i < order.length; i++) {
        order[i] = from + i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(rows.terms()[a], rows.terms()[b]));
      x[r] = new Feature[order.length];
      for (int i = 0; i < order.length; i++) {
        x[r][i] = new FeatureNode(rows.terms()[order[i]] + 1, rows.weights()[order[i]]);
      }
    }
    return x;
  }
}
