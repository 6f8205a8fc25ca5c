package se.samsyn.eval;

/**
 * A gold item as a method predicted it from a model that never saw its document.
 *
 * @param item       the gold item ({@code other} for an off-topic remark)
 * @param forced     the most probable principle ({@code other} when the text has no known feature)
 * @param confidence the probability of {@code forced}, after calibration on the other documents
 * @param decided    what a run writes: {@code forced}, or {@code other} below the abstention threshold
 */
public record HeldOut(GoldItem item, String forced, double confidence, String decided) {
  static final String OTHER = "other";

  public boolean offTopic() {
    return item.offTopic();
  }

  public boolean forcedRight() {
    return item.principles().contains(forced);
  }

  public boolean decidedRight() {
    return item.principles().contains(decided);
  }
}
