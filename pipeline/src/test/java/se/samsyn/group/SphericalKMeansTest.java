package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SphericalKMeansTest {
  private static final int VOCABULARY = 60;

  /** Unit rows of 2–4 random terms: no clear clusters, so where k-means starts matters. */
  private static SparseRows scattered(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SparseRows.Builder rows = new SparseRows.Builder();
    for (int r = 0; r < n; r++) {
      int[] terms = random.ints(2 + random.nextInt(3), 0, VOCABULARY).distinct().sorted().toArray();
      float[] weights = new float[terms.length];
      java.util.Arrays.fill(weights, (float) (1 / Math.sqrt(terms.length)));
      rows.add(terms, weights);
    }
    return rows.build();
  }

  private static double total(SphericalKMeans.Clusters clusters) {
    double total = 0;
    for (float similarity : clusters.similarity()) {
      total += similarity;
    }
    return total;
  }

  @Test
  void moreStartsKeepTheTightestClusteringAndStayReproducible() {
    SparseRows rows = scattered(300, 7);
    int better = 0;
    for (long seed = 1; seed <= 10; seed++) {
      double one = total(new SphericalKMeans(8, seed, 50, 1).cluster(rows, VOCABULARY));
      double ten = total(new SphericalKMeans(8, seed, 50, 10).cluster(rows, VOCABULARY));
      assertTrue(ten >= one, "the first of ten starts is the single start, so ten can only do better");
      better += ten > one ? 1 : 0;
    }
    assertTrue(better > 0, "on scattered rows some other start beats the first");
    assertArrayEquals(new SphericalKMeans(8, 3, 50, 10).cluster(rows, VOCABULARY).assignment(),
        new SphericalKMeans(8, 3, 50, 10).cluster(rows, VOCABULARY).assignment());
  }
}
