package se.samsyn.batch;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock time of each stage of a run, in the order the stages ran. */
final class StageTimes {
  private final long started = System.nanoTime();
  private long last = started;
  private final Map<String, Duration> stages = new LinkedHashMap<>();

  /** Ends the stage that ran since the previous lap (or since the start). */
  void lap(String stage) {
    long now = System.nanoTime();
    stages.merge(stage, Duration.ofNanos(now - last), Duration::plus);
    last = now;
  }

  Duration total() {
    return Duration.ofNanos(last - started);
  }

  Map<String, Duration> stages() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(stages));
  }
}
