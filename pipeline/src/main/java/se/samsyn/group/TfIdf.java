package se.samsyn.group;

import java.util.Arrays;
import java.util.List;

/**
 * TF-IDF weighting learnt from a set of texts (as term-id lists): sublinear term frequency
 * {@code 1 + ln tf} times smoothed inverse document frequency {@code ln((n + 1) / (df + 1)) + 1},
 * rows normalised to unit length.
 */
public final class TfIdf {
  private final float[] idf;

  private TfIdf(float[] idf) {
    this.idf = idf;
  }

  /** Learns document frequencies from the texts; terms seen in none weigh as if seen once. */
  public static TfIdf fit(List<int[]> texts, int vocabularySize) {
    int[] df = documentFrequencies(texts, vocabularySize);
    float[] idf = new float[vocabularySize];
    for (int t = 0; t < vocabularySize; t++) {
      idf[t] = (float) (Math.log((texts.size() + 1.0) / (Math.max(df[t], 1) + 1.0)) + 1.0);
    }
    return new TfIdf(idf);
  }

  /** In how many of the texts each term occurs. */
  public static int[] documentFrequencies(List<int[]> texts, int vocabularySize) {
    int[] df = new int[vocabularySize];
    for (int[] text : texts) {
      Arrays.stream(text).distinct().forEach(term -> df[term]++);
    }
    return df;
  }

  public float idf(int term) {
    return term < idf.length ? idf[term] : 0f;
  }

  /** Adds the unit-length TF-IDF vector of a text (term ids, repeats counted) to the builder. */
  public void addRow(int[] text, SparseRows.Builder rows) {
    int[] sorted = text.clone();
    Arrays.sort(sorted);
    int[] terms = new int[sorted.length];
    float[] weights = new float[sorted.length];
    int n = 0;
    double norm = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      float w = (float) ((1 + Math.log(j - i)) * idf(sorted[i]));
      if (w > 0) {
        terms[n] = sorted[i];
        weights[n++] = w;
        norm += (double) w * w;
      }
      i = j;
    }
    float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
    for (int i = 0; i < n; i++) {
      weights[i] *= scale;
    }
    rows.add(Arrays.copyOf(terms, n), Arrays.copyOf(weights, n));
  }

  /** TF-IDF rows of many texts. */
  public SparseRows rows(List<int[]> texts) {
    SparseRows.Builder rows = new SparseRows.Builder();
    texts.forEach(text -> addRow(text, rows));
    return rows.build();
  }
}
