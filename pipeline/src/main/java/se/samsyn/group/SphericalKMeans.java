package se.samsyn.group;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spherical k-means over unit-length sparse rows (cosine similarity): k-means++ seeding from a fixed
 * seed, then alternate assignment and unit-length mean centroids until no row moves or the
 * iteration limit is reached. Centroids are dense ({@code k × vocabulary} floats).
 */
public final class SphericalKMeans {
  private final int k;
  private final long seed;
  private final int maxIterations;

  public SphericalKMeans(int k, long seed, int maxIterations) {
    if (k < 1 || maxIterations < 1) {
      throw new IllegalArgumentException("k and iterations must be positive");
    }
    this.k = k;
    this.seed = seed;
    this.maxIterations = maxIterations;
  }

  /** The result: cluster of every row, centroids ({@code centroid c} at {@code c * vocabulary}). */
  public record Clusters(int k, int vocabulary, int[] assignment, float[] centroids, float[] similarity) {}

  public Clusters cluster(SparseRows rows, int vocabulary) {
    int n = rows.rows();
    int clusters = Math.min(k, Math.max(n, 1));
    float[] centroids = new float[clusters * vocabulary];
    seed(rows, vocabulary, clusters, centroids);
    int[] assignment = new int[n];
    Arrays.fill(assignment, -1);
    float[] similarity = new float[n];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      boolean moved = assign(rows, vocabulary, clusters, centroids, assignment, similarity);
      if (!moved && iteration > 0) {
        break;
      }
      update(rows, vocabulary, clusters, centroids, assignment);
    }
    assign(rows, vocabulary, clusters, centroids, assignment, similarity);
    return new Clusters(clusters, vocabulary, assignment, centroids, similarity);
  }

  private void seed(SparseRows rows, int vocabulary, int clusters, float[] centroids) {
    int n = rows.rows();
    if (n == 0) {
      return;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] distance = new double[n];
    Arrays.fill(distance, Double.MAX_VALUE);
    int chosen = random.nextInt(n);
    for (int c = 0; c < clusters; c++) {
      copyRow(rows, chosen, centroids, c * vocabulary);
      double total = 0;
      for (int r = 0; r < n; r++) {
        double d = Math.max(0, 1 - dot(rows, r, centroids, c * vocabulary));
        distance[r] = Math.min(distance[r], d * d);
        total += distance[r];
      }
      if (total <= 0) {
        break;
      }
      double target = random.nextDouble() * total;
      chosen = n - 1;
      for (int r = 0; r < n; r++) {
        target -= distance[r];
        if (target <= 0) {
          chosen = r;
          break;
        }
      }
    }
  }

  private static boolean assign(SparseRows rows, int vocabulary, int clusters, float[] centroids,
      int[] assignment, float[] similarity) {
    boolean moved = false;
    for (int r = 0; r < rows.rows(); r++) {
      int best = 0;
      float bestSimilarity = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < clusters; c++) {
        float s = dot(rows, r, centroids, c * vocabulary);
        if (s > bestSimilarity) {
          bestSimilarity = s;
          best = c;
        }
      }
      moved |= assignment[r] != best;
      assignment[r] = best;
      similarity[r] = bestSimilarity;
    }
    return moved;
  }

  private static void update(SparseRows rows, int vocabulary, int clusters, float[] centroids, int[] assignment) {
    float[] next = new float[centroids.length];
    boolean[] used = new boolean[clusters];
    for (int r = 0; r < rows.rows(); r++) {
      int base = assignment[r] * vocabulary;
      used[assignment[r]] = true;
      for (int i = rows.offsets()[r]; i < rows.offsets()[r + 1]; i++) {
        next[base + rows.terms()[i]] += rows.weights()[i];
      }
    }
    for (int c = 0; c < clusters; c++) {
      int base = c * vocabulary;
      if (!used[c]) {
        continue; // an emptied cluster keeps its old centroid
      }
      double norm = 0;
      for (int t = 0; t < vocabulary; t++) {
        norm += (double) next[base + t] * next[base + t];
      }
      float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
      for (int t = 0; t < vocabulary; t++) {
        centroids[base + t] = next[base + t] * scale;
      }
    }
  }

  private static float dot(SparseRows rows, int r, float[] dense, int base) {
    float sum = 0;
    int[] terms = rows.terms();
    float[] weights = rows.weights();
    for (int i = rows.offsets()[r], end = rows.offsets()[r + 1]; i < end; i++) {
      sum += weights[i] * dense[base + terms[i]];
    }
    return sum;
  }

  private static void copyRow(SparseRows rows, int r, float[] dense, int base) {
    for (int i = rows.offsets()[r]; i < rows.offsets()[r + 1]; i++) {
      dense[base + rows.terms()[i]] = rows.weights()[i];
    }
  }
}
