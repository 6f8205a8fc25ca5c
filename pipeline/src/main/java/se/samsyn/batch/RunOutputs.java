package se.samsyn.batch;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.Statement;
import se.samsyn.export.AtomicFiles;
import se.samsyn.export.CsvTable;
import se.samsyn.group.Grouping;
import se.samsyn.group.StatementGroups;
import se.samsyn.group.Theme;

/** The files a run writes to its output folder (the contract documented in the README). */
public final class RunOutputs {
  public static final String DOCUMENTS = "documents.csv";
  public static final String STATEMENTS = "statements.csv";
  public static final String ERRORS = "errors.csv";
  public static final String MANIFEST = "run.json";
  public static final String THEMES = "themes.csv";
  /** Setting in run.json: the absolute folder the run was started in; relative sources resolve against it. */
  public static final String WORKING_DIRECTORY = "working_directory";
  public static final List<String> THEME_COLUMNS = List.of("theme", "label", "members", "examples");
  public static final List<String> DOCUMENT_COLUMNS = List.of("document_id", "source", "sha256",
      "format", "title", "date", "organisation", "language", "statements", "status", "error");
  public static final List<String> STATEMENT_COLUMNS = List.of("statement_id", "document_id",
      "source", "location", "section", "speaker", "date", "text", "principles", "top_principle",
      "score", "method", "theme", "attributes");
  public static final List<String> ERROR_COLUMNS = List.of("source", "status", "reason");

  private RunOutputs() {}

  /** Source → SHA-256 of the inputs of the previous run in this folder (empty when none). */
  static Map<String, String> previousInputs(Path out) throws IOException {
    Path documents = out.resolve(DOCUMENTS);
    Map<String, String> inputs = new HashMap<>();
    if (!Files.isRegularFile(documents)) {
      return inputs;
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(documents, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        inputs.put(row.get("source"), row.get("sha256"));
      }
    }
    return inputs;
  }

  static void write(RunSettings settings, RunResult run, Grouping grouping) throws IOException {
    Path out = settings.out();
    CsvTable.write(out.resolve(DOCUMENTS), DOCUMENT_COLUMNS, table -> {
      for (DocumentResult result : run.results()) {
        Document d = result.document();
        table.row(d.id(), d.source().source(), d.source().sha256(), d.format(), d.title(),
            Objects.toString(d.date(), ""), d.organisation(), d.language(), d.statements().size(),
            result.status(), result.error());
      }
    });
    Map<String, StatementGroups> groups = grouping.byStatement();
    CsvTable.write(out.resolve(STATEMENTS), STATEMENT_COLUMNS, table -> {
      for (DocumentResult result : run.results()) {
        for (Statement s : result.document().statements()) {
          StatementGroups g = groups.get(s.id());
          table.row(s.id(), s.documentId(), result.source().source(), Objects.toString(s.location(), ""),
              s.section(), s.speaker(), Objects.toString(s.date(), ""), g.text(), g.principles(),
              g.topPrinciple(), String.format(Locale.ROOT, "%.3f", g.score()), g.method().label(), g.theme(),
              s.attributes().isEmpty() ? "" : ResultCache.JSON.writeValueAsString(s.attributes()));
        }
      }
    });
    writeThemes(out, grouping);
    writeErrors(out, run.failures());
    writeManifest(settings, run, grouping);
  }

  private static void writeThemes(Path out, Grouping grouping) throws IOException {
    Map<String, StatementGroups> groups = grouping.byStatement();
    CsvTable.write(out.resolve(THEMES), THEME_COLUMNS, table -> {
      for (Theme theme : grouping.themes()) {
        table.row(theme.id(), theme.label(), theme.members().size(), theme.members().stream().limit(3)
            .map(id -> groups.get(id).text()).collect(Collectors.joining(" | ")));
      }
    });
  }

  private static void writeErrors(Path out, List<DocumentResult> failures) throws IOException {
    if (failures.isEmpty()) {
      Files.deleteIfExists(out.resolve(ERRORS));
      return;
    }
    CsvTable.write(out.resolve(ERRORS), ERROR_COLUMNS, table -> {
      for (DocumentResult failure : failures) {
        table.row(failure.source().source(), failure.status(), failure.error());
      }
    });
  }

  private static void writeManifest(RunSettings settings, RunResult run, Grouping grouping) throws IOException {
    ObjectNode manifest = ResultCache.JSON.createObjectNode();
    manifest.put("tool", "samsyn");
    manifest.put("version", Version.current());
    manifest.put("finished", Instant.now().toString());
    ObjectNode config = manifest.putObject("settings");
    ArrayNode inputs = config.putArray("inputs");
    settings.inputs().forEach(p -> inputs.add(InputScanner.displayName(p)));
    config.put(WORKING_DIRECTORY, Path.of("").toAbsolutePath().toString());
    config.put("threads", settings.threads());
    config.put("file_timeout_seconds", settings.fileTimeout().toSeconds());
    config.put("max_file_bytes", settings.maxFileBytes());
    config.put("worker_heap", settings.workerHeap());
    config.put("max_characters", settings.maxCharacters());
    ArrayNode textColumns = config.putArray("text_columns");
    settings.segmentation().textColumns().forEach(textColumns::add);
    config.put("max_statement_words", settings.segmentation().maxStatementWords());
    config.put("codebook", grouping.codebook());
    ObjectNode counts = manifest.putObject("counts");
    counts.put("files", run.results().size());
    counts.put("new", run.added());
    counts.put("changed", run.changed());
    counts.put("unchanged", run.unchanged());
    counts.put("removed", run.removed());
    counts.put("statements", run.statementCount());
    counts.put("themes", grouping.themes().size());
    ObjectNode byStatus = counts.putObject("by_status");
    for (ExtractionStatus status : ExtractionStatus.values()) {
      byStatus.put(status.name(), run.results().stream().filter(r -> r.status() == status).count());
    }
    manifest.putObject("timings").put("total_ms", run.elapsed().toMillis());
    AtomicFiles.write(settings.out().resolve(MANIFEST), writer ->
        ResultCache.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(writer, manifest));
  }
}
