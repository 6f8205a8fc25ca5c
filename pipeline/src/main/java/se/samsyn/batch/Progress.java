package se.samsyn.batch;

/**
 * Hears about each finished file of a batch, e.g. to show a progress line, and about each point a
 * run passes (a stage boundary, an output staged or moved into place).
 */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total) -> { };

  void fileDone(int done, int total);

  /** The run has just passed {@code point}, e.g. {@code "grouped"} or {@code "switched run.json"}. */
  default void checkpoint(String point) {
  }
}
