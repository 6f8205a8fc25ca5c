package de.bwaldvogel.liblinear;

import java.util.Arrays;

/**
 * liblinear's L2-regularised logistic loss ({@link L2R_LrFunction}) over examples in compressed
 * sparse rows ({@link WeightedLogisticRegression.SparseExamples}) instead of one {@link Feature}
 * object per entry. The products the trust-region Newton method asks for are the same operations in
 * the same order, so the model is the same to the last bit; reading flat arrays instead of objects is
 * what makes them faster (they are most of a run's training time).
 */
final class SparseRowsLrFunction extends L2R_LrFunction {
  private final int[] offsets;
  private final int[] columns;
  private final double[] values;
  /** The loss's second derivative per example (the parent's own is private to it). */
  private final double[] d;

  /** @param problem the number of examples and features and the labels; its {@code x} is not read */
  SparseRowsLrFunction(Problem problem, Parameter parameter, double[] costs, WeightedLogisticRegression.SparseExamples x) {
    super(problem, parameter, costs);
    this.offsets = x.offsets();
    this.columns = x.columns();
    this.values = x.values();
    this.d = new double[problem.l];
  }

  private double dot(double[] s, int i) {
    double sum = 0;
    for (int j = offsets[i]; j < offsets[i + 1]; j++) {
      sum += s[columns[j]] * values[j];
    }
    return sum;
  }

  private void axpy(double a, int i, double[] y) {
    for (int j = offsets[i]; j < offsets[i + 1]; j++) {
      y[columns[j]] += a * values[j];
    }
  }

  @Override
  void Xv(double[] v, double[] xv) {
    for (int i = 0; i < prob.l; i++) {
      xv[i] = dot(v, i);
    }
  }

  @Override
  void XTv(double[] v, double[] xtv) {
    Arrays.fill(xtv, 0, get_nr_variable(), 0);
    for (int i = 0; i < prob.l; i++) {
      axpy(v[i], i, xtv);
    }
  }

  @Override
  public void grad(double[] w, double[] g) {
    double[] y = prob.y;
    for (int i = 0; i < prob.l; i++) {
      tmp[i] = 1 / (1 + Math.exp(-y[i] * wx[i]));
      d[i] = tmp[i] * (1 - tmp[i]);
      tmp[i] = C[i] * (tmp[i] - 1) * y[i];
    }
    XTv(tmp, g);
    int size = get_nr_variable();
    for (int i = 0; i < size; i++) {
      g[i] = w[i] + g[i];
    }
    if (!regularize_bias) {
      g[size - 1] -= w[size - 1];
    }
  }

  @Override
  public void get_diag_preconditioner(double[] m) {
    int size = get_nr_variable();
    Arrays.fill(m, 0, size, 1);
    if (!regularize_bias) {
      m[size - 1] = 0;
    }
    for (int i = 0; i < prob.l; i++) {
      for (int j = offsets[i]; j < offsets[i + 1]; j++) {
        m[columns[j]] += values[j] * values[j] * C[i] * d[i];
      }
    }
  }

  @Override
  public void Hv(double[] s, double[] hs) {
    int size = get_nr_variable();
    Arrays.fill(hs, 0, size, 0);
    for (int i = 0; i < prob.l; i++) {
      double xTs = C[i] * d[i] * dot(s, i);
      axpy(xTs, i, hs);
    }
    for (int i = 0; i < size; i++) {
      hs[i] = s[i] + hs[i];
    }
    if (!regularize_bias) {
      hs[size - 1] -= s[size - 1];
    }
  }
}
