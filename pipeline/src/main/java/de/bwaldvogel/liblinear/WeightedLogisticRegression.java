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
   * @param problem       the examples (labels +1 or −1; the bias, if any, as an ordinary feature)
   * @param costs         per example, its cost {@code Cᵢ}
   * @param tolerance     stop when the gradient's norm is this fraction of its norm at zero
   * @param maxIterations at most this many Newton steps
   * @return the weight of each feature, in feature order
   */
  public static double[] train(Problem problem, double[] costs, double tolerance, int maxIterations) {
    Parameter parameter = new Parameter(SolverType.L2R_LR, 1, tolerance);
    double[] weights = new double[problem.n];
    new Newton(new L2R_LrFunction(problem, parameter, costs), tolerance, maxIterations).newton(weights);
    return weights;
  }
}
