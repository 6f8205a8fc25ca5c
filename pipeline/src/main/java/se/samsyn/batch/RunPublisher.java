package se.samsyn.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedRun;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.StatementKind;
import se.samsyn.core.Version;
import se.samsyn.export.Exporter;
import se.samsyn.group.Grouper;
import se.samsyn.group.Grouping;
import se.samsyn.group.GroupingInput;
import se.samsyn.index.CommittedRun;
import se.samsyn.index.Indexer;
import se.samsyn.report.ReportData;
import se.samsyn.review.AppliedCodings;
import se.samsyn.review.ReviewQueue;
import se.samsyn.run.RunFolder;
import se.samsyn.segment.StatementKinds;

/**
 * The second half of a run, shared by {@code samsyn run} and {@code samsyn regroup}: groups the
 * statements with the reviewers' codings of the output folder applied, then stages the tables, the
 * report, the review queue and run.json, commits the index and puts the new run in place, all or
 * nothing ({@link StagedRuns}). The caller holds the folder's {@link RunLock}.
 */
final class RunPublisher {
  private final RunSettings settings;
  private final Indexer indexer;
  private final Grouper grouper;

  RunPublisher(RunSettings settings, Indexer indexer, Grouper grouper) {
    this.settings = settings;
    this.indexer = indexer;
    this.grouper = grouper;
  }

  /** Counts of inputs against the previous run in the folder. */
  record Changes(int added, int changed, int unchanged, int removed) {}

  /**
   * Groups, then stages every output and switches to them at the end (see {@link StagedRuns}); when
   * anything fails on the way the previous run stays, and what this one staged is removed at once.
   */
  RunResult publish(List<DocumentResult> results, Changes changes, StageTimes times, RunLock lock, Progress progress)
      throws IOException {
    List<GroupingInput> inputs = groupingInputs(results);
    AppliedCodings codings = AppliedCodings.forRun(settings.out(), grouper, inputs);
    Map<String, StatementKind> kinds = StatementKinds.of(results.stream().map(DocumentResult::document).toList());
    Set<String> voices = kinds.entrySet().stream()
        .filter(e -> e.getValue() == StatementKind.VOICE).map(Map.Entry::getKey).collect(Collectors.toSet());
    Grouping grouping = grouper.group(inputs, List.of(), codings.human(), voices);
    times.lap("group");
    progress.checkpoint("grouped");
    RunResult counted = new RunResult(results, changes.added(), changes.changed(), changes.unchanged(),
        changes.removed(), Duration.ZERO, Map.of(), codings);
    try {
      return stageAndSwitch(counted, grouping, CodedDocument.of(results, grouping.byStatement(), kinds), times,
          progress);
    } catch (IOException | RuntimeException e) {
      try {
        StagedRuns.recover(lock);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
  }

  /** Writes the outputs into the run's own folder, commits the index and points the folder at the run. */
  private RunResult stageAndSwitch(RunResult counted, Grouping grouping, List<CodedDocument> documents,
      StageTimes times, Progress progress) throws IOException {
    Path out = settings.out();
    List<DocumentResult> results = counted.results();
    String runId = UUID.randomUUID().toString();
    Path staging = Files.createDirectories(StagedRuns.of(out, runId));
    CodedRun coded = new CodedRun(results, documents, grouping.themes());
    ReportData.Meta meta = ReportData.Meta.of(Version.current(), grouper.codebook(), ZonedDateTime.now(),
        settings.inputs().stream().map(InputScanner::displayName).toList());
    for (Exporter output : RunOutputs.of(settings, grouper.codebook(), meta)) {
      output.write(coded, staging, progress::checkpoint);
    }
    ReviewQueue.write(staging, grouping);
    progress.checkpoint("staged " + ReviewQueue.FOLDER_AND_FILE);
    times.lap("write");
    RunResult run;
    try (Indexer.Update index = indexer.prepare(documents, Map.of(CommittedRun.RUN_KEY, runId))) {
      progress.checkpoint("index prepared");
      times.lap("index");
      run = counted.timed(times.total(), times.stages());
      RunManifest.write(staging, settings, run, grouping, grouper, index.counts());
      progress.checkpoint("staged " + RunFolder.MANIFEST);
      StagedRuns.seal(out, runId);
      progress.checkpoint("sealed");
      index.commit();
      progress.checkpoint("index committed");
    }
    StagedRuns.pointTo(out, runId, progress);
    return run;
  }

  /** Every statement of the run, documents in result order, statements in reading order. */
  private static List<GroupingInput> groupingInputs(List<DocumentResult> results) {
    List<GroupingInput> inputs = new ArrayList<>();
    for (DocumentResult result : results) {
      result.document().statements().forEach(s ->
          inputs.add(new GroupingInput(s.id(), s.documentId(), s.text(), s.sectionPath(),
              GroupingInput.passage(s.sectionPath(), Objects.toString(s.location(), "")))));
    }
    return inputs;
  }
}
