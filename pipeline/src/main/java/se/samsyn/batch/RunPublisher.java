package se.samsyn.batch;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.StatementKind;
import se.samsyn.group.Grouper;
import se.samsyn.group.Grouping;
import se.samsyn.group.GroupingInput;
import se.samsyn.index.IndexedDocument;
import se.samsyn.index.Indexer;
import se.samsyn.report.HtmlReport;
import se.samsyn.report.ReportData;
import se.samsyn.review.AppliedCodings;
import se.samsyn.review.ReviewQueue;
import se.samsyn.segment.StatementKinds;

/**
 * The second half of a run, shared by {@code samsyn run} and {@code samsyn regroup}: groups the
 * statements with the reviewers' codings of the output folder applied, then writes the tables, the
 * report, the review queue, the index and run.json.
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

  RunResult publish(List<DocumentResult> results, Changes changes, StageTimes times, ResultCache cache)
      throws IOException {
    List<GroupingInput> inputs = groupingInputs(results);
    AppliedCodings codings = AppliedCodings.forRun(settings.out(), grouper, inputs);
    Set<String> voices = StatementKinds.of(results.stream().map(DocumentResult::document).toList()).entrySet().stream()
        .filter(e -> e.getValue() == StatementKind.VOICE).map(Map.Entry::getKey).collect(Collectors.toSet());
    Grouping grouping = grouper.group(inputs, List.of(), codings.human(), voices);
    List<IndexedDocument> documents = IndexedDocument.of(results, grouping.byStatement());
    times.lap("group");
    new RunOutputs(results, grouping, grouper.codebook(), documents).write(settings.out(), settings.excel());
    HtmlReport.write(settings.out().resolve(HtmlReport.FILE), settings.language(), grouper.codebook(),
        ReportData.Meta.of(Version.current(), grouper.codebook(), ZonedDateTime.now(),
            settings.inputs().stream().map(InputScanner::displayName).toList()), results, grouping);
    ReviewQueue.write(settings.out(), grouping);
    times.lap("write");
    Indexer.IndexUpdate index = indexer.update(documents);
    cache.retainOnly(results.stream().map(r -> r.source().sha256()).collect(Collectors.toSet()));
    times.lap("index");
    RunResult run = new RunResult(results, changes.added(), changes.changed(), changes.unchanged(), changes.removed(),
        times.total(), times.stages(), codings);
    RunManifest.write(settings, run, grouping, grouper, index);
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
