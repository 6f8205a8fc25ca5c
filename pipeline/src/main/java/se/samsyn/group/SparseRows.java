package se.samsyn.group;

import java.util.Arrays;

/**
 * Sparse vectors, one per row, in compressed-row form: row {@code r} holds the term ids
 * {@code terms[offsets[r] .. offsets[r + 1])} with their {@code weights}. Immutable by convention:
 * the arrays are not copied, for speed, and must not be changed after construction.
 */
public record SparseRows(int[] offsets, int[] terms, float[] weights) {
  public SparseRows {
    if (offsets.length == 0 || offsets[0] != 0 || terms.length != weights.length
        || offsets[offsets.length - 1] != terms.length) {
      throw new IllegalArgumentException("inconsistent compressed rows");
    }
  }

  public int rows() {
    return offsets.length - 1;
  }

  /** Collects rows one at a time. */
  public static final class Builder {
    private int[] offsets = new int[16];
    private int[] terms = new int[64];
    private float[] weights = new float[64];
    private int rows;

    public Builder add(int[] rowTerms, float[] rowWeights) {
      int start = offsets[rows];
      int end = start + rowTerms.length;
      if (end > terms.length) {
        int capacity = Math.max(end, terms.length * 2);
        terms = Arrays.copyOf(terms, capacity);
        weights = Arrays.copyOf(weights, capacity);
      }
      System.arraycopy(rowTerms, 0, terms, start, rowTerms.length);
      System.arraycopy(rowWeights, 0, weights, start, rowWeights.length);
      if (rows + 2 > offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[++rows] = end;
      return this;
    }

    public SparseRows build() {
      int size = offsets[rows];
      return new SparseRows(Arrays.copyOf(offsets, rows + 1), Arrays.copyOf(terms, size),
          Arrays.copyOf(weights, size));
    }
  }
}
