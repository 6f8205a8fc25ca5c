package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinearClassifierTest {
  /** Any number of principles: those in groups of four and the rest, and terms it never saw. */
  @ParameterizedTest
  @ValueSource(ints = {1, 3, 4, 5, 8, 9, 12, 13})
  void aRowsScoreIsTheSumOfItsTermsWeightedWeightsInTermOrder(int principles) {
    SplittableRandom random = new SplittableRandom(principles);
    int vocabulary = 50;
    float[] matrix = new float[vocabulary * principles];
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = (float) random.nextGaussian();
    }
    LinearClassifier classifier = LinearClassifier.of(principles, vocabulary, matrix);
    int[] terms = {7, 49, 3, 60, 7, 0};
    float[] values = {0.5f, 1f, 0.25f, 2f, 0.75f, 1.5f};
    SparseRows.Builder rows = new SparseRows.Builder();
    rows.add(new int[] {1}, new float[] {1f});
    rows.add(terms, values);
    float[] expected = new float[principles];
    for (int p = 0; p < principles; p++) {
      for (int i = 0; i < terms.length; i++) {
        expected[p] += terms[i] < vocabulary ? values[i] * matrix[terms[i] * principles + p] : 0;
      }
    }
    float[] scores = new float[principles + 2];
    classifier.score(rows.build(), 1, scores, 2);
    float[] written = new float[principles];
    System.arraycopy(scores, 2, written, 0, principles);
    assertArrayEquals(expected, written, 0f);
  }
}
