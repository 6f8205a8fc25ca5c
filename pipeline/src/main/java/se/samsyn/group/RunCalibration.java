package se.samsyn.group;

/**
 * How a run reads a classifier's probabilities, as {@code samsyn eval} chose for that classifier on all
 * development documents (listed under the table in GROUPING.md): rescaled to a temperature, and
 * {@code other} when the best principle is then less probable than the abstention threshold.
 *
 * @param temperature   the rescaling of the probabilities the classifier read in passages gives
 *                      ({@link Calibration#rescale}; 1 leaves them as they are)
 * @param minConfidence a statement whose best principle is less probable than this is {@code other}
 */
public record RunCalibration(double temperature, double minConfidence) {
  public RunCalibration {
    if (!(temperature > 0) || minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("run calibration out of range: " + this);
    }
  }

  /** The probabilities a run decides on. */
  double[] apply(double[] probabilities) {
    return temperature == 1 ? probabilities : new Calibration(temperature).rescale(probabilities);
  }
}
