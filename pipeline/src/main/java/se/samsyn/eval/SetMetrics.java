package se.samsyn.eval;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The figures of one method on one set of gold items.
 *
 * @param items          number of items
 * @param top1           share whose most probable principle is a gold one
 * @param top1Low        lower end of the 95 % bootstrap interval of {@code top1}
 * @param top1High       upper end of it
 * @param macroF1        see {@link Metrics#macroF1()}
 * @param withOther      share right as a run writes them: {@code other} below the abstention threshold
 * @param selective      top-1 among the 50 %, 80 % and 100 % of items the method is most confident of
 * @param calibrationError expected calibration error of the top probability (10 equal-width bins)
 * @param givenPrinciple for off-topic items: the share given a principle all the same
 */
public record SetMetrics(int items, double top1, double top1Low, double top1High, double macroF1, double withOther,
    double[] selective, double calibrationError, double givenPrinciple) {
  static final double[] COVERAGES = {0.5, 0.8, 1.0};
  private static final int RESAMPLES = 2000;
  private static final long SEED = 20_261_206L;

  public static SetMetrics of(List<HeldOut> heldOut) {
    int n = heldOut.size();
    boolean[] right = new boolean[n];
    for (int i = 0; i < n; i++) {
      right[i] = heldOut.get(i).forcedRight();
    }
    double top1 = share(right);
    double[] interval = bootstrap(right);
    Metrics forced = Metrics.of(heldOut.stream().map(HeldOut::item).toList(), heldOut.stream().map(HeldOut::forced).toList());
    double withOther = heldOut.stream().filter(HeldOut::decidedRight).count() / (double) Math.max(1, n);
    double[] selective = new double[COVERAGES.length];
    List<HeldOut> byConfidence = heldOut.stream().sorted(Comparator.comparingDouble(HeldOut::confidence).reversed()).toList();
    for (int c = 0; c < COVERAGES.length; c++) {
      int take = Math.max(1, (int) Math.round(COVERAGES[c] * n));
      selective[c] = byConfidence.stream().limit(take).filter(HeldOut::forcedRight).count() / (double) Math.min(take, Math.max(1, n));
    }
    double given = heldOut.stream().filter(h -> !h.decided().equals(HeldOut.OTHER)).count() / (double) Math.max(1, n);
    return new SetMetrics(n, top1, interval[0], interval[1], forced.macroF1(), withOther, selective,
        calibrationError(heldOut), given);
  }

  private static double share(boolean[] right) {
    int count = 0;
    for (boolean r : right) {
      count += r ? 1 : 0;
    }
    return right.length == 0 ? 0 : count / (double) right.length;
  }

  /** The 2.5th and 97.5th percentiles of top-1 over resamples of the items (fixed seed). */
  private static double[] bootstrap(boolean[] right) {
    if (right.length == 0) {
      return new double[] {0, 0};
    }
    SplittableRandom random = new SplittableRandom(SEED);
    double[] shares = new double[RESAMPLES];
    for (int b = 0; b < RESAMPLES; b++) {
      int count = 0;
      for (int i = 0; i < right.length; i++) {
        count += right[random.nextInt(right.length)] ? 1 : 0;
      }
      shares[b] = count / (double) right.length;
    }
    java.util.Arrays.sort(shares);
    return new double[] {shares[(int) (0.025 * RESAMPLES)], shares[(int) (0.975 * RESAMPLES) - 1]};
  }

  private static double calibrationError(List<HeldOut> heldOut) {
    int bins = 10;
    double[] confidence = new double[bins];
    double[] correct = new double[bins];
    int[] count = new int[bins];
    for (HeldOut h : heldOut) {
      int bin = Math.min(bins - 1, (int) (h.confidence() * bins));
      confidence[bin] += h.confidence();
      correct[bin] += h.forcedRight() ? 1 : 0;
      count[bin]++;
    }
    double error = 0;
    for (int b = 0; b < bins; b++) {
      error += count[b] == 0 ? 0 : Math.abs(correct[b] - confidence[b]);
    }
    return heldOut.isEmpty() ? 0 : error / heldOut.size();
  }
}
