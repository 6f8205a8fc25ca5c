package se.samsyn.group;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spherical k-means over unit-length sparse rows (cosine similarity): k-means++ seeding from a fixed
 * seed, then alternate assignment and unit-length mean centroids until at most one row in a
 * thousand moves or the iteration limit is reached; of several such starts the tightest is kept.
 * Centroids are dense and stored term-major ({@code centroids[term * k + c]}), so that scoring a
 * sparse row against all k centroids reads one contiguous stripe per term.
 */
public final class SphericalKMeans {
  /** Moves per row below which the clustering counts as converged. */
  private static final double CONVERGED = 0.001;

  private final int k;
  private final long seed;
  private final int maxIterations;
  private final int restarts;

  /**
   * @param restarts how many k-means++ starts (each from its own seed derived from {@code seed}) to
   *                 run; the clustering with the highest total cosine to the centroids is kept
   */
  public SphericalKMeans(int k, long seed, int maxIterations, int restarts) {
    if (k < 1 || maxIterations < 1 || restarts < 1) {
      throw new IllegalArgumentException("k, iterations and restarts must be positive");
    }
    this.k = k;
    this.seed = seed;
    this.maxIterations = maxIterations;
    this.restarts = restarts;
  }

  /** The result: the cluster of every row and its cosine to that cluster's centroid. */
  public record Clusters(int k, int[] assignment, float[] similarity) {}

  public Clusters cluster(SparseRows rows, int vocabulary) {
    SplittableRandom seeds = new SplittableRandom(seed);
    Clusters best = null;
    double bestTotal = Double.NEGATIVE_INFINITY;
    for (int start = 0; start < restarts; start++) {
      Clusters clusters = cluster(rows, vocabulary, seeds.nextLong());
      double total = 0;
      for (float similarity : clusters.similarity()) {
        total += similarity;
      }
      if (total > bestTotal) {
        best = clusters;
        bestTotal = total;
      }
    }
    return best;
  }

  private Clusters cluster(SparseRows rows, int vocabulary, long start) {
    int n = rows.rows();
    int clusters = Math.min(k, Math.max(n, 1));
    float[] centroids = new float[vocabulary * clusters];
    seed(rows, clusters, centroids, start);
    int[] assignment = new int[n];
    Arrays.fill(assignment, -1);
    float[] similarity = new float[n];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      int moved = assign(rows, clusters, centroids, assignment, similarity);
      if (iteration > 0 && moved <= CONVERGED * n) {
        break;
      }
      update(rows, vocabulary, clusters, centroids, assignment);
    }
    assign(rows, clusters, centroids, assignment, similarity);
    return new Clusters(clusters, assignment, similarity);
  }

  private static void seed(SparseRows rows, int clusters, float[] centroids, long seed) {
    int n = rows.rows();
    if (n == 0) {
      return;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] distance = new double[n];
    Arrays.fill(distance, Double.MAX_VALUE);
    int chosen = random.nextInt(n);
    for (int c = 0; c < clusters; c++) {
      for (int i = rows.offsets()[chosen]; i < rows.offsets()[chosen + 1]; i++) {
        centroids[rows.terms()[i] * clusters + c] = rows.weights()[i];
      }
      double total = 0;
      for (int r = 0; r < n; r++) {
        double d = Math.max(0, 1 - dot(rows, r, centroids, clusters, c));
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

  /** Puts every row in its most similar cluster; returns how many rows changed cluster. */
  private static int assign(SparseRows rows, int clusters, float[] centroids, int[] assignment, float[] similarity) {
    int moved = 0;
    float[] scores = new float[clusters];
    int[] terms = rows.terms();
    float[] weights = rows.weights();
    for (int r = 0; r < rows.rows(); r++) {
      Arrays.fill(scores, 0f);
      for (int i = rows.offsets()[r], end = rows.offsets()[r + 1]; i < end; i++) {
        float w = weights[i];
        int base = terms[i] * clusters;
        for (int c = 0; c < clusters; c++) {
          scores[c] += w * centroids[base + c];
        }
      }
      int best = 0;
      for (int c = 1; c < clusters; c++) {
        if (scores[c] > scores[best]) {
          best = c;
        }
      }
      moved += assignment[r] != best ? 1 : 0;
      assignment[r] = best;
      similarity[r] = scores[best];
    }
    return moved;
  }

  private static void update(SparseRows rows, int vocabulary, int clusters, float[] centroids, int[] assignment) {
    float[] next = new float[centroids.length];
    boolean[] used = new boolean[clusters];
    for (int r = 0; r < rows.rows(); r++) {
      int c = assignment[r];
      used[c] = true;
      for (int i = rows.offsets()[r]; i < rows.offsets()[r + 1]; i++) {
        next[rows.terms()[i] * clusters + c] += rows.weights()[i];
      }
    }
    double[] norms = new double[clusters];
    for (int t = 0; t < vocabulary; t++) {
      for (int c = 0; c < clusters; c++) {
        float v = next[t * clusters + c];
        norms[c] += (double) v * v;
      }
    }
    for (int t = 0; t < vocabulary; t++) {
      for (int c = 0; c < clusters; c++) {
        // an emptied cluster keeps its old centroid
        if (used[c]) {
          centroids[t * clusters + c] = norms[c] > 0 ? (float) (next[t * clusters + c] / Math.sqrt(norms[c])) : 0f;
        }
      }
    }
  }

  private static float dot(SparseRows rows, int r, float[] centroids, int clusters, int c) {
    float sum = 0;
    for (int i = rows.offsets()[r], end = rows.offsets()[r + 1]; i < end; i++) {
      sum += rows.weights()[i] * centroids[rows.terms()[i] * clusters + c];
    }
    return sum;
  }
}
