package se.samsyn.group;

import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;

/**
 * Multinomial logistic regression with weighted examples, soft targets (a statement of two
 * principles is half each) and an L2 penalty, trained by OpenNLP's quasi-Newton (L-BFGS) minimiser.
 * The objective is {@code Σᵢ wᵢ · (log Σₖ exp sᵢₖ − Σₖ qᵢₖ sᵢₖ) + ½ λ ‖W‖²}, with {@code sᵢₖ} the
 * dot product of row i with principle k's weights. The last feature id of the rows is free for the
 * bias, which every row gets with value 1.
 */
final class LogisticRegression {
  private static final int ITERATIONS = 100;

  private LogisticRegression() {}

  /**
   * @param rows     training rows; feature ids below {@code features - 1}
   * @param features number of feature ids, the bias (id {@code features - 1}) included
   * @param targets  per row, the share of each class (row-major, {@code classes} wide)
   * @param weights  per row, its weight
   * @param lambda   the L2 penalty
   */
  static LinearClassifier train(SparseRows rows, int features, int classes, float[] targets, float[] weights,
      double lambda) {
    Objective objective = new Objective(rows, features, classes, targets, weights, lambda);
    double[] solution = new QNMinimizer(0, 0, ITERATIONS).minimize(objective);
    float[] matrix = new float[solution.length];
    for (int i = 0; i < solution.length; i++) {
      matrix[i] = (float) solution[i];
    }
    return new LinearClassifier(classes, features, matrix);
  }

  /** The penalised negative log-likelihood and its gradient; parameters term-major as in {@link LinearClassifier}. */
  private static final class Objective implements Function {
    private final SparseRows rows;
    private final int features;
    private final int classes;
    private final float[] targets;
    private final float[] weights;
    private final double lambda;
    private final int bias;
    private double[] lastPoint;
    private double lastValue;
    private double[] lastGradient;

    Objective(SparseRows rows, int features, int classes, float[] targets, float[] weights, double lambda) {
      this.rows = rows;
      this.features = features;
      this.classes = classes;
      this.targets = targets;
      this.weights = weights;
      this.lambda = lambda;
      this.bias = features - 1;
    }

    @Override
    public int getDimension() {
      return features * classes;
    }

    @Override
    public double valueAt(double[] x) {
      evaluate(x);
      return lastValue;
    }

    @Override
    public double[] gradientAt(double[] x) {
      evaluate(x);
      return lastGradient;
    }

    /** Value and gradient together: the minimiser asks for both at the same point. */
    private void evaluate(double[] x) {
      if (lastPoint != null && java.util.Arrays.equals(lastPoint, x)) {
        return;
      }
      double value = 0;
      double[] gradient = new double[x.length];
      double[] scores = new double[classes];
      int[] ids = rows.terms();
      float[] values = rows.weights();
      for (int r = 0; r < rows.rows(); r++) {
        int from = rows.offsets()[r];
        int to = rows.offsets()[r + 1];
        for (int k = 0; k < classes; k++) {
          scores[k] = x[bias * classes + k];
        }
        for (int i = from; i < to; i++) {
          int base = ids[i] * classes;
          for (int k = 0; k < classes; k++) {
            scores[k] += values[i] * x[base + k];
          }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
          max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
          sum += Math.exp(scores[k] - max);
        }
        double logSum = max + Math.log(sum);
        double w = weights[r];
        for (int k = 0; k < classes; k++) {
          double target = targets[r * classes + k];
          value += w * target * (logSum - scores[k]);
          // the gradient of the loss with respect to score k: weight · (p - q)
          scores[k] = w * (Math.exp(scores[k] - logSum) - target);
        }
        for (int i = from; i < to; i++) {
          int base = ids[i] * classes;
          for (int k = 0; k < classes; k++) {
            gradient[base + k] += values[i] * scores[k];
          }
        }
        for (int k = 0; k < classes; k++) {
          gradient[bias * classes + k] += scores[k];
        }
      }
      for (int i = 0; i < x.length; i++) {
        value += 0.5 * lambda * x[i] * x[i];
        gradient[i] += lambda * x[i];
      }
      lastPoint = x.clone();
      lastValue = value;
      lastGradient = gradient;
    }
  }
}
