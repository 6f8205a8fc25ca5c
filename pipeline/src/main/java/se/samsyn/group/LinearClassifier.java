package se.samsyn.group;

import java.util.Arrays;
import java.util.List;

/**
 * The grouping core's classifier: one weight per term and principle, stored term-major
 * ({@code matrix[term * principles + p]}) so that scoring a sparse statement touches one
 * contiguous stripe per term; a statement's score for a principle is the weighted sum of its
 * terms' weights. Built as nearest centroids (unit-length TF-IDF means: scores are cosines) or
 * as multinomial naive Bayes ({@link NaiveBayes}: scores are log-likelihoods).
 */
public final class LinearClassifier {
  private final int principles;
  private final int vocabulary;
  private final float[] matrix;

  LinearClassifier(int principles, int vocabulary, float[] matrix) {
    this.principles = principles;
    this.vocabulary = vocabulary;
    this.matrix = matrix;
  }

  /** A classifier of the given weights ({@code matrix[column * principles + p]}), e.g. a compiled model's. */
  public static LinearClassifier of(int principles, int columns, float[] matrix) {
    if (matrix.length != principles * columns) {
      throw new IllegalArgumentException("a " + columns + " × " + principles + " matrix has " + principles * columns
          + " weights, not " + matrix.length);
    }
    return new LinearClassifier(principles, columns, matrix.clone());
  }

  /**
   * Centroids from weighted example rows: {@code examples.get(p)} are the rows of principle
   * {@code p} and {@code weights.get(p)} their weights. Each centroid is normalised to unit length.
   */
  public static LinearClassifier centroids(int vocabulary, List<SparseRows> examples, List<float[]> weights) {
    int principles = examples.size();
    float[] matrix = new float[vocabulary * principles];
    for (int p = 0; p < principles; p++) {
      SparseRows rows = examples.get(p);
      float[] w = weights.get(p);
      for (int r = 0; r < rows.rows(); r++) {
        for (int i = rows.offsets()[r]; i < rows.offsets()[r + 1]; i++) {
          matrix[rows.terms()[i] * principles + p] += w[r] * rows.weights()[i];
        }
      }
      double norm = 0;
      for (int t = 0; t < vocabulary; t++) {
        norm += (double) matrix[t * principles + p] * matrix[t * principles + p];
      }
      if (norm > 0) {
        float scale = (float) (1 / Math.sqrt(norm));
        for (int t = 0; t < vocabulary; t++) {
          matrix[t * principles + p] *= scale;
        }
      }
    }
    return new LinearClassifier(principles, vocabulary, matrix);
  }

  public int principles() {
    return principles;
  }

  /** The weight of a term for a principle (0 for terms it never saw). */
  public float weight(int term, int principle) {
    return term < vocabulary ? matrix[term * principles + principle] : 0f;
  }

  /** The score of row {@code r} for every principle, into {@code out} (length {@link #principles()}). */
  public void score(SparseRows rows, int r, float[] out) {
    score(rows, r, out, 0);
  }

  /**
   * The same, into {@code out} from {@code offset} on. Four principles at a time, in locals: their
   * sums stay in registers over the row's terms instead of going through {@code out} for each term
   * (the sums, term by term, are the same).
   */
  public void score(SparseRows rows, int r, float[] out, int offset) {
    int[] terms = rows.terms();
    float[] weights = rows.weights();
    int from = rows.offsets()[r];
    int end = rows.offsets()[r + 1];
    int p = 0;
    for (; p + 4 <= principles; p += 4) {
      float s0 = 0;
      float s1 = 0;
      float s2 = 0;
      float s3 = 0;
      for (int i = from; i < end; i++) {
        int term = terms[i];
        if (term < vocabulary) {
          float w = weights[i];
          int at = term * principles + p;
          s0 += w * matrix[at];
          s1 += w * matrix[at + 1];
          s2 += w * matrix[at + 2];
          s3 += w * matrix[at + 3];
        }
      }
      out[offset + p] = s0;
      out[offset + p + 1] = s1;
      out[offset + p + 2] = s2;
      out[offset + p + 3] = s3;
    }
    for (; p < principles; p++) {
      float s = 0;
      for (int i = from; i < end; i++) {
        if (terms[i] < vocabulary) {
          s += weights[i] * matrix[terms[i] * principles + p];
        }
      }
      out[offset + p] = s;
    }
  }

  /** The best principle of every row and its score (the bulk path the benchmarks measure). */
  public void assign(SparseRows rows, int[] best, float[] bestScore) {
    float[] scores = new float[principles];
    for (int r = 0; r < rows.rows(); r++) {
      score(rows, r, scores);
      int top = 0;
      for (int p = 1; p < principles; p++) {
        if (scores[p] > scores[top]) {
          top = p;
        }
      }
      best[r] = top;
      bestScore[r] = scores[top];
    }
  }

  /**
   * Up to {@code n} term ids of row {@code r} that speak most for principle {@code p} over the
   * others (weight above the term's mean over all principles), largest first.
   */
  public int[] topTerms(SparseRows rows, int r, int p, int n) {
    int from = rows.offsets()[r];
    int to = rows.offsets()[r + 1];
    Integer[] order = new Integer[to - from];
    float[] contribution = new float[to - from];
    for (int i = from; i < to; i++) {
      int term = rows.terms()[i];
      if (term < vocabulary) {
        float mean = 0;
        for (int c = 0; c < principles; c++) {
          mean += matrix[term * principles + c];
        }
        contribution[i - from] = rows.weights()[i] * (matrix[term * principles + p] - mean / principles);
      }
      order[i - from] = i - from;
    }
    Arrays.sort(order, (a, b) -> Float.compare(contribution[b], contribution[a]));
    return Arrays.stream(order).limit(n).filter(i -> contribution[i] > 0)
        .mapToInt(i -> rows.terms()[from + i]).toArray();
  }
}
