package se.samsyn.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.CsvTable;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.Json;
import se.samsyn.core.Statement;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.Theme;
import se.samsyn.export.EmergingThemeTable;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencies;
import se.samsyn.export.ThemeFrequencyTable.Shape;
import se.samsyn.export.ThemeFrequencyTable;
import se.samsyn.group.Grouping;
import se.samsyn.models.Codebook;

/**
 * The tables a run writes to its output folder (the contract documented in the README), in RFC 4180
 * and, when asked, once more for Swedish Excel in {@code OUT/excel/}.
 */
public final class RunOutputs {
  public static final String DOCUMENTS = "documents.csv";
  public static final String STATEMENTS = "statements.csv";
  public static final String ERRORS = "errors.csv";
  public static final String MANIFEST = "run.json";
  public static final String EMERGING_THEMES = EmergingThemeTable.FILE;
  /** Principle, other and theme counts over all statements. */
  public static final String THEMES = "themes.csv";
  public static final String THEMES_BY_DOCUMENT = "themes_by_document.csv";
  /** Principle, other and theme counts per statement kind (voice, official, prompt, heading). */
  public static final String THEMES_BY_KIND = "themes_by_kind.csv";
  /** Folder of the copies for Swedish Excel. */
  public static final String EXCEL = "excel";
  public static final List<String> TABLES = List.of(DOCUMENTS, STATEMENTS, EMERGING_THEMES, THEMES,
      THEMES_BY_DOCUMENT, THEMES_BY_KIND, ERRORS);
  /** Setting in run.json: the absolute folder the run was started in; relative sources resolve against it. */
  public static final String WORKING_DIRECTORY = "working_directory";
  public static final List<String> DOCUMENT_COLUMNS = List.of("document_id", "source", "sha256",
      "format", "title", "date", "organisation", "language", "statements", "status", "error");
  public static final List<String> STATEMENT_COLUMNS = List.of("statement_id", "document_id",
      "source", "location", "section", "speaker", "kind", "date", "text", "principles", "top_principle",
      "score", "method", "theme", "attributes");
  public static final List<String> ERROR_COLUMNS = List.of("source", "status", "reason");

  private final List<DocumentResult> results;
  private final Grouping grouping;
  private final Map<String, StatementGroups> groups;
  private final Codebook codebook;
  private final List<CodedDocument> indexed;

  /**
   * @param indexed the statements as the index gets them, which the frequency tables count, so that
   *                {@code samsyn themes} over the index gives the same numbers
   */
  RunOutputs(List<DocumentResult> results, Grouping grouping, Codebook codebook, List<CodedDocument> indexed) {
    this.results = List.copyOf(results);
    this.grouping = grouping;
    this.groups = grouping.byStatement();
    this.codebook = codebook;
    this.indexed = List.copyOf(indexed);
  }

  /** Source → SHA-256 of the inputs of the previous run in this folder (empty when none). */
  static Map<String, String> previousInputs(Path out) throws IOException {
    Path documents = out.resolve(DOCUMENTS);
    Map<String, String> inputs = new HashMap<>();
    if (!Files.isRegularFile(documents)) {
      return inputs;
    }
    try (Reader reader = Files.newBufferedReader(documents, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CsvTable.READ_FORMAT.parse(reader)) {
        inputs.put(CsvTable.restore(row.get("source")), row.get("sha256"));
      }
    }
    return inputs;
  }

  /**
   * Writes the tables to {@code folder}, and the Excel copies to {@code folder/excel} when asked,
   * telling {@code progress} as each is staged.
   */
  void write(Path folder, boolean excel, Progress progress) throws IOException {
    writeTables(folder, Dialect.RFC4180, progress);
    if (excel) {
      writeTables(folder.resolve(EXCEL), Dialect.EXCEL_SV, Progress.NONE);
    }
  }

  private void writeTables(Path folder, Dialect dialect, Progress progress) throws IOException {
    CsvTable.write(folder.resolve(DOCUMENTS), dialect, DOCUMENT_COLUMNS, table -> {
      for (DocumentResult result : results) {
        Document d = result.document();
        table.row(d.id(), d.source().source(), d.source().sha256(), d.format(), d.title(),
            Objects.toString(d.date(), ""), d.organisation(), d.language(), d.statements().size(),
            result.status(), result.error());
      }
      progress.checkpoint("writing " + DOCUMENTS);
    });
    Map<String, String> kinds = new HashMap<>();
    indexed.forEach(d -> d.statements().forEach(s -> kinds.put(s.statementId(), s.kind().label())));
    progress.checkpoint("staged " + DOCUMENTS);
    CsvTable.write(folder.resolve(STATEMENTS), dialect, STATEMENT_COLUMNS, table -> {
      for (DocumentResult result : results) {
        for (Statement s : result.document().statements()) {
          StatementGroups g = groups.get(s.id());
          table.row(s.id(), s.documentId(), result.source().source(), Objects.toString(s.location(), ""),
              s.section(), s.speaker(), kinds.getOrDefault(s.id(), ""), Objects.toString(s.date(), ""), g.text(), g.principles(),
              g.topPrinciple(), CsvTable.decimal(g.score(), 3), g.method().label(), g.theme(),
              s.attributes().isEmpty() ? "" : Json.MAPPER.writeValueAsString(s.attributes()));
        }
      }
      progress.checkpoint("writing " + STATEMENTS);
    });
    progress.checkpoint("staged " + STATEMENTS);
    CsvTable.write(folder.resolve(EMERGING_THEMES), dialect, EmergingThemeTable.COLUMNS, table -> {
      for (Theme theme : grouping.themes()) {
        table.row(theme.id(), theme.label(), theme.members().size(), theme.members().stream()
            .map(id -> groups.get(id).text()).distinct().limit(3).collect(Collectors.joining(" | ")));
      }
    });
    progress.checkpoint("staged " + EMERGING_THEMES);
    ThemeFrequencyTable.write(folder.resolve(THEMES), frequencies(By.ALL), Shape.LONG, dialect);
    ThemeFrequencyTable.write(folder.resolve(THEMES_BY_DOCUMENT), frequencies(By.DOCUMENT), Shape.LONG, dialect);
    progress.checkpoint("staged " + THEMES_BY_DOCUMENT);
    ThemeFrequencyTable.write(folder.resolve(THEMES_BY_KIND), frequencies(By.KIND), Shape.LONG, dialect);
    progress.checkpoint("staged " + THEMES_BY_KIND);
    writeErrors(folder, dialect);
    progress.checkpoint("staged " + ERRORS);
  }

  private ThemeFrequencies frequencies(By by) {
    Map<String, String> labels = grouping.themes().stream()
        .collect(Collectors.toMap(Theme::id, Theme::label, (a, b) -> a));
    ThemeFrequencies frequencies = new ThemeFrequencies(by, codebook, labels);
    indexed.forEach(document -> document.statements().forEach(frequencies::add));
    return frequencies;
  }

  private void writeErrors(Path folder, Dialect dialect) throws IOException {
    List<DocumentResult> failures = results.stream().filter(r -> !r.status().isComplete()).toList();
    if (failures.isEmpty()) {
      return;
    }
    CsvTable.write(folder.resolve(ERRORS), dialect, ERROR_COLUMNS, table -> {
      for (DocumentResult failure : failures) {
        table.row(failure.source().source(), failure.status(), failure.error());
      }
    });
  }
}
