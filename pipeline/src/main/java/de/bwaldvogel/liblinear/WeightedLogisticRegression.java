package de.bwaldvogel.liblinear;

/**
 * Samsyn's bridge to liblinear's binary L2-regularised logistic regression with a cost per example:
 * minimises {@code ½‖w‖² + Σᵢ Cᵢ log(1 + exp(−yᵢ w·xᵢ))} by liblinear's trust-region Newton method.
 * liblinear-java's public API gives every example of a class the same cost (class weights only);
 * its solver takes one per example, but its classes are package-private, so this class sits in
 * liblinear's package. Tied to the pinned liblinear version.
 */
public final class WeightedLogisticRegression {
  static {
    // liblinear reports every Newton step on standard output unless told not to
    Linear.disableDebugOutput();
  }

  private WeightedLogisticRegression() {}

  /**
   * Examples in compressed sparse rows: example {@code i}'s features are
   * {@code columns[offsets[i]..offsets[i+1])}, 0-based and in increasing order, with their {@code values}
   * (single precision, as Samsyn's feature values are: a third less to read at each product than doubles,
   * and the same sums, since each value is widened to double before it is multiplied).
   */
  public record SparseExamples(int features, int[] offsets, int[] columns, float[] values) {
    public int size() {
      return offsets.length - 1;
    }
  }

  /**
   * @param examples      the examples (the bias, if any, as an ordinary feature)
   * @param labels        per example +1 or −1
   * @param costs         per example, its cost {@code Cᵢ}
   * @param tolerance     stop when the gradient's norm is this fraction of its norm at zero
   * @param maxIterations at most this many Newton steps
   * @return the weight of each feature, in feature order
   */
  public static double[] train(SparseExamples examples, double[] labels, double[] costs, double tolerance,
      int maxIterations) {
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = examples.features();
    problem.y = labels;
    problem.bias = -1;
    Parameter parameter = new Parameter(SolverType.L2R_LR, 1, tolerance);
    double[] weights = new double[problem.n];
    new Newton(new SparseRowsLrFunction(problem, parameter, costs, examples), tolerance, maxIterations).newton(weights);
    return weights;
  }
}
