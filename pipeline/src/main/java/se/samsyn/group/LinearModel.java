package se.samsyn.group;

/**
 * The array core of scoring with a linear classifier, which the benchmarks measure: each row's
 * scores (logits) for every principle are averaged with those of the rows just before and after it
 * in the same passage ({@code passage[r]}; -1 for none), which weigh {@link InPassage#CONTEXT_WEIGHT}
 * (averaging logits is averaging log-probabilities, as {@link InPassage} does for other classifiers),
 * then {@code bonus[r]} is added when given, and the scores are turned into probabilities by the
 * calibration, into {@code out} (row-major: row r's probabilities start at {@code r * principles}).
 */
public final class LinearModel {
  private LinearModel() {}

  public static void probabilities(LinearClassifier model, SparseRows rows, float[][] bonus, int[] passage,
      Calibration calibration, double[] out) {
    int principles = model.principles();
    float context = (float) InPassage.CONTEXT_WEIGHT;
    float[] previous = new float[principles];
    float[] own = new float[principles];
    float[] next = new float[principles];
    float[] mean = new float[principles];
    if (rows.rows() > 0) {
      model.score(rows, 0, next);
    }
    for (int r = 0; r < rows.rows(); r++) {
      float[] done = previous;
      previous = own;
      own = next;
      next = done;
      if (r + 1 < rows.rows()) {
        model.score(rows, r + 1, next);
      }
      boolean before = r > 0 && sharePassage(passage, r, r - 1);
      boolean after = r + 1 < rows.rows() && sharePassage(passage, r, r + 1);
      float weight = 1 + (before ? context : 0) + (after ? context : 0);
      // a principle the text names is its own cue, not its neighbours'
      for (int p = 0; p < principles; p++) {
        float neighbours = (before ? context * previous[p] : 0) + (after ? context * next[p] : 0);
        mean[p] = (own[p] + neighbours) / weight + (bonus == null ? 0 : bonus[r][p]);
      }
      calibration.probabilities(mean, out, r * principles);
    }
  }

  private static boolean sharePassage(int[] passage, int r, int neighbour) {
    return passage[r] >= 0 && passage[r] == passage[neighbour];
  }
}
