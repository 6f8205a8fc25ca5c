package se.samsyn.batch;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samsyn.core.DocumentResult;
import se.samsyn.review.AppliedCodings;

/**
 * What a batch run did.
 *
 * @param results   one per current input file, in source order
 * @param added     inputs not seen by the previous run in the same output folder
 * @param changed   inputs whose content changed since then
 * @param unchanged inputs whose content did not change (their results were reused)
 * @param removed   inputs of the previous run that are gone (their statements were dropped)
 * @param elapsed   wall-clock time of the run
 * @param stages    wall-clock time of each stage (scan, extract_segment, group, write, index), in that order
 * @param codings   the reviewers' codings applied, and those left out with the reason
 */
public record RunResult(List<DocumentResult> results, int added, int changed, int unchanged,
    int removed, Duration elapsed, Map<String, Duration> stages, AppliedCodings codings) {

  public RunResult {
    results = List.copyOf(results);
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
  }

  /** The same outcome with the times measured when it was recorded. */
  public RunResult timed(Duration elapsed, Map<String, Duration> stages) {
    return new RunResult(results, added, changed, unchanged, removed, elapsed, stages, codings);
  }

  /** Inputs that were not read in full (failed, skipped, cut or partly read). */
  public List<DocumentResult> failures() {
    return results.stream().filter(r -> !r.status().isComplete()).toList();
  }

  public int statementCount() {
    return results.stream().mapToInt(r -> r.document().statements().size()).sum();
  }
}
