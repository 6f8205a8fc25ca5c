package se.samsyn.batch;

/** Hears about each finished file of a batch, e.g. to show a progress line. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total) -> { };

  void fileDone(int done, int total);
}
