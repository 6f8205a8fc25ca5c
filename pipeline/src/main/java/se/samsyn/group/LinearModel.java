package se.samsyn.group;

/**
 * The array core of scoring with a linear classifier, which the benchmarks measure: every row's
 * scores (logits) for every principle are read in their passage ({@code passage[r]}; -1 for none) by
 * {@link InPassage#smooth} (averaging logits is averaging log-probabilities, as {@link InPassage}
 * does for other classifiers), then {@code bonus[r]} is added when given, and the scores are turned
 * into probabilities by the calibration, into {@code out} (row-major: row r's probabilities start at
 * {@code r * principles}).
 */
public final class LinearModel {
  private LinearModel() {}

  public static void probabilities(LinearClassifier model, SparseRows rows, float[][] bonus, int[] passage,
      Calibration calibration, double[] out) {
    int principles = model.principles();
    float[] scores = new float[rows.rows() * principles];
    float[] row = new float[principles];
    for (int r = 0; r < rows.rows(); r++) {
      model.score(rows, r, row);
      System.arraycopy(row, 0, scores, r * principles, principles);
    }
    float[] read = InPassage.smooth(scores, principles, passage);
    for (int r = 0; r < rows.rows(); r++) {
      // a principle the text names is its own cue, not its neighbours'
      for (int p = 0; p < principles; p++) {
        row[p] = read[r * principles + p] + (bonus == null ? 0 : bonus[r][p]);
      }
      calibration.probabilities(row, out, r * principles);
    }
  }
}
