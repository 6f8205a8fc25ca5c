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
  private final float[] values;
  /** The loss's second derivative per example (the parent's own is private to it). */
  private final double[] d;
  /** The two products {@link #dotPair} computes. */
  private final double[] pair = new double[2];

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

  /**
   * Rows {@code i} and {@code i + 1} times {@code s}, into {@link #pair}: each sum in its row's order, as
   * {@link #dot} takes it, so the same to the last bit, but the two sums' additions overlap instead of
   * each waiting for the one before (a tenth less training time).
   */
  private void dotPair(double[] s, int i) {
    int first = offsets[i];
    int second = offsets[i + 1];
    int end = offsets[i + 2];
    int common = Math.min(second - first, end - second);
    double sumFirst = 0;
    double sumSecond = 0;
    for (int k = 0; k < common; k++) {
      sumFirst += s[columns[first + k]] * values[first + k];
      sumSecond += s[columns[second + k]] * values[second + k];
    }
    for (int j = first + common; j < second; j++) {
      sumFirst += s[columns[j]] * values[j];
    }
    for (int j = second + common; j < end; j++) {
      sumSecond += s[columns[j]] * values[j];
    }
    pair[0] = sumFirst;
    pair[1] = sumSecond;
  }

  private void axpy(double a, int i, double[] y) {
    for (int j = offsets[i]; j < offsets[i + 1]; j++) {
      y[columns[j]] += a * values[j];
    }
  }

  @Override
  void Xv(double[] v, double[] xv) {
    int i = 0;
    for (; i + 1 < prob.l; i += 2) {
      dotPair(v, i);
      xv[i] = pair[0];
      xv[i + 1] = pair[1];
    }
    if (i < prob.l) {
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
        m[columns[j]] += (double) values[j] * values[j] * C[i] * d[i];
      }
    }
  }

  @Override
  public void Hv(double[] s, double[] hs) {
    int size = get_nr_variable();
    Arrays.fill(hs, 0, size, 0);
    int i = 0;
    for (; i + 1 < prob.l; i += 2) {
      dotPair(s, i);
      axpy(C[i] * d[i] * pair[0], i, hs);
      axpy(C[i + 1] * d[i + 1] * pair[1], i + 1, hs);
    }
    if (i < prob.l) {
      axpy(C[i] * d[i] * dot(s, i), i, hs);
    }
    for (i = 0; i < size; i++) {
      hs[i] = s[i] + hs[i];
    }
    if (!regularize_bias) {
      hs[size - 1] -= s[size - 1];
    }
  }
}
