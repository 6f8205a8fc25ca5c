package se.samsyn.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.Json;
import se.samsyn.core.SourceFile;
import se.samsyn.group.Grouper;
import se.samsyn.index.Indexer;
import se.samsyn.report.ReportLanguage;
import se.samsyn.run.RunFolder;
import se.samsyn.segment.SegmentationSettings;

/**
 * {@code samsyn regroup}: groups the statements of an earlier run again (with the reviewers' codings
 * of its folder) and rewrites its tables, report, index and run.json, without reading or extracting
 * any input: the documents come from the run's result cache, as run.json lists them.
 */
public final class Regrouper {
  private final RunSettings settings;
  private final Indexer indexer;
  private final Grouper grouper;
  private final ResultCache cache;

  /** @param settings the run's own settings ({@link #settings(Path)}) */
  public Regrouper(RunSettings settings, Indexer indexer, Grouper grouper) {
    this.settings = settings;
    this.indexer = indexer;
    this.grouper = grouper;
    this.cache = new ResultCache(settings);
  }

  /**
   * The settings the run in {@code out} was made with, from its run.json.
   *
   * @throws NoSuchFileException when {@code out} holds no run.json
   */
  public static RunSettings settings(Path out) throws IOException {
    JsonNode config = manifest(out).path("settings");
    Path workingDirectory = Path.of(config.path(RunFolder.WORKING_DIRECTORY).asText(""));
    List<Path> inputs = new ArrayList<>();
    config.path("inputs").forEach(input -> inputs.add(workingDirectory.resolve(input.asText())));
    List<String> textColumns = new ArrayList<>();
    config.path("text_columns").forEach(column -> textColumns.add(column.asText()));
    List<String> excludes = new ArrayList<>();
    config.path("exclude").forEach(glob -> excludes.add(glob.asText()));
    ReportLanguage language = ReportLanguage.of(config.path("language").asText(ReportLanguage.SV.code()))
        .orElse(ReportLanguage.SV);
    try {
      return new RunSettings(inputs, out, config.path("threads").asInt(1),
          Duration.ofSeconds(config.path("file_timeout_seconds").asLong(120)), config.path("max_file_bytes").asLong(),
          config.path("worker_heap").asText("1g"), config.path("max_characters").asInt(),
          config.path("max_statement_characters").asInt(RunSettings.DEFAULT_MAX_STATEMENT_CHARACTERS),
          new SegmentationSettings(textColumns, config.path("max_statement_words").asInt()),
          config.path("excel").asBoolean(), language, excludes);
    } catch (IllegalArgumentException e) {
      throw new IOException(out.resolve(RunFolder.MANIFEST) + " has unusable settings: " + e.getMessage(), e);
    }
  }

  /** The classifier the run in the folder was grouped with (runs before 2026-12-07 did not record it). */
  public static Optional<String> classifier(Path out) throws IOException {
    JsonNode recorded = manifest(out).path("settings").path("grouping").path("classifier");
    return recorded.isTextual() ? Optional.of(recorded.asText()) : Optional.empty();
  }

  /** Regroups the run in the folder whose lock the caller holds, finishing an interrupted run's switch first. */
  public RunResult regroup(RunLock lock) throws IOException {
    StagedRuns.recover(lock);
    StageTimes times = new StageTimes();
    JsonNode manifest = manifest(settings.out());
    Path workingDirectory = Path.of(manifest.path("settings").path(RunFolder.WORKING_DIRECTORY).asText(""));
    List<DocumentResult> results = new ArrayList<>();
    for (JsonNode input : manifest.path("inputs")) {
      results.add(result(input, workingDirectory));
    }
    times.lap("scan");
    return new RunPublisher(settings, indexer, grouper)
        .publish(results, new RunPublisher.Changes(0, 0, results.size(), 0), times, lock, Progress.NONE);
  }

  private DocumentResult result(JsonNode input, Path workingDirectory) throws IOException {
    String source = input.path("source").asText();
    SourceFile file = new SourceFile(workingDirectory.resolve(source).toAbsolutePath().normalize(), source,
        input.path("sha256").asText(), input.path("bytes").asLong());
    ExtractionStatus status = ExtractionStatus.valueOf(input.path("status").asText());
    if (status.hasText()) {
      return cache.find(file.sha256()).map(r -> r.withSource(file)).orElseThrow(() -> new IOException(
          "the result of " + source + " is no longer in " + settings.out() + "/.samsyn/cache; run 'samsyn run' again"));
    }
    return BatchRunner.failed(file, status, input.path("error").asText());
  }

  private static JsonNode manifest(Path out) throws IOException {
    Path file = out.resolve(RunFolder.MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no run.json: not the --out folder of 'samsyn run'");
    }
    return Json.MAPPER.readTree(file.toFile());
  }
}
