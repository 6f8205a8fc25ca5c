package de.bwaldvogel.liblinear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightedLogisticRegressionTest {
  /**
   * Over flat rows the solver takes the same steps as liblinear's own loss over {@link FeatureNode}
   * objects: the same weights to the last bit, for weak and strong penalties.
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.1, 1, 30})
  void flatRowsGiveLiblinearsOwnModelToTheLastBit(double c) {
    SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(c));
    int examples = 301; // odd: the products are taken two rows at a time, and the last row alone
    int features = 500;
    int[] offsets = new int[examples + 1];
    int[][] rowColumns = new int[examples][];
    for (int i = 0; i < examples; i++) {
      rowColumns[i] = random.ints(1 + random.nextInt(30), 0, features).distinct().sorted().toArray();
      offsets[i + 1] = offsets[i] + rowColumns[i].length;
    }
    int[] columns = new int[offsets[examples]];
    float[] values = new float[offsets[examples]];
    Feature[][] nodes = new Feature[examples][];
    double[] labels = new double[examples];
    double[] costs = new double[examples];
    for (int i = 0; i < examples; i++) {
      nodes[i] = new Feature[rowColumns[i].length];
      for (int j = 0; j < rowColumns[i].length; j++) {
        columns[offsets[i] + j] = rowColumns[i][j];
        values[offsets[i] + j] = (float) random.nextDouble(0.05, 1.5);
        nodes[i][j] = new FeatureNode(rowColumns[i][j] + 1, values[offsets[i] + j]);
      }
      // the label leans on the first features, so that there is something to learn
      labels[i] = IntStream.of(rowColumns[i]).filter(f -> f < 50).count() > 0 || random.nextDouble() < 0.2 ? 1 : -1;
      costs[i] = c * random.nextDouble(0.5, 4);
    }
    double tolerance = 0.001;

    double[] flat = WeightedLogisticRegression.train(
        new WeightedLogisticRegression.SparseExamples(features, offsets, columns, values), labels, costs, tolerance, 1000);

    Problem problem = new Problem();
    problem.l = examples;
    problem.n = features;
    problem.x = nodes;
    problem.y = labels;
    problem.bias = -1;
    double[] liblinear = new double[features];
    new Newton(new L2R_LrFunction(problem, new Parameter(SolverType.L2R_LR, 1, tolerance), costs), tolerance, 1000)
        .newton(liblinear);

    assertTrue(IntStream.range(0, features).anyMatch(f -> liblinear[f] != 0));
    assertArrayEquals(liblinear, flat, 0);
  }
}
