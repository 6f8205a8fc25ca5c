package se.samsyn.group;

/**
 * The array core of scoring with a linear classifier, which the benchmarks measure: every row's
 * scores (logits) for every principle are read in their passage ({@code passage[r]}; -1 for none) by
 * {@link InPassage#smooth}, then {@code bonus[r]} is added when given, and the scores are turned into
 * probabilities by the calibration, into {@code out} (row-major: row r's probabilities start at
 * {@code r * principles}). Passage by passage, so that the work space is that of the longest passage.
 * How a row's neighbours count is the {@link InPassage.Pooling}: their logits averaged in (averaging
 * log-probabilities, as {@link InPassage} does for other classifiers), or their probabilities at
 * temperature 1, which the calibration then rescales.
 */
public final class LinearModel {
  private static final Calibration AT_TEMPERATURE_ONE = new Calibration(1);

  private LinearModel() {}

  public static void probabilities(LinearClassifier model, SparseRows rows, float[][] bonus, int[] passage,
      InPassage.Pooling pooling, Calibration calibration, double[] out) {
    int principles = model.principles();
    InPassage.WorkSpace space = new InPassage.WorkSpace(principles);
    float[] row = new float[principles];
    for (int start = 0, end; start < rows.rows(); start = end) {
      end = InPassage.passageEnd(passage, start);
      float[] scores = space.scores(end - start);
      for (int r = start; r < end; r++) {
        model.score(rows, r, scores, (r - start) * principles);
      }
      if (pooling == InPassage.Pooling.PRODUCT) {
        InPassage.smooth(space, end - start);
      } else if (end - start > 1) {
        mix(space, end - start, principles, row, out, start * principles);
      }
      for (int r = start; r < end; r++) {
        // a principle the text names is its own cue, not its neighbours'
        for (int p = 0; p < principles; p++) {
          row[p] = scores[(r - start) * principles + p] + (bonus == null ? 0 : bonus[r][p]);
        }
        calibration.probabilities(row, out, r * principles);
      }
    }
  }

  /**
   * Turns the passage's logits into the log of their mixture: each row's probabilities at temperature
   * 1 (worked out in {@code scratch}, from {@code offset} on), averaged with its neighbours', floored
   * and logged, for the calibration to rescale.
   */
  private static void mix(InPassage.WorkSpace space, int rows, int principles, float[] row, double[] scratch, int offset) {
    float[] scores = space.scores(rows);
    for (int at = 0; at < rows * principles; at += principles) {
      System.arraycopy(scores, at, row, 0, principles);
      AT_TEMPERATURE_ONE.probabilities(row, scratch, offset + at);
      for (int p = 0; p < principles; p++) {
        scores[at + p] = (float) scratch[offset + at + p];
      }
    }
    InPassage.smooth(space, rows);
    for (int at = 0; at < rows * principles; at++) {
      scores[at] = (float) Math.log(Math.max(scores[at], InPassage.FLOOR));
    }
  }
}
