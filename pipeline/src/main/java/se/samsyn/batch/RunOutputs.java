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
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.Theme;
import se.samsyn.export.ThemeFrequencies;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencyTable;
import se.samsyn.export.ThemeFrequencyTable.Shape;
import se.samsyn.group.Grouping;
import se.samsyn.models.Codebook;
import se.samsyn.run.EmergingThemeTable;
import se.samsyn.run.RunFolder;
import se.samsyn.run.StatementTable;

/**
 * The tables a run writes to its output folder (the contract documented in the README), in RFC 4180
 * and, when asked, once more for Swedish Excel in {@code OUT/excel/}.
 */
public final class RunOutputs {
  public static final List<String> DOCUMENT_COLUMNS = List.of("document_id", "source", "sha256",
      "format", "title", "date", "organisation", "language", "statements", "status", "error");
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
    Path documents = out.resolve(RunFolder.DOCUMENTS);
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
      writeTables(folder.resolve(RunFolder.EXCEL), Dialect.EXCEL_SV, Progress.NONE);
    }
  }

  private void writeTables(Path folder, Dialect dialect, Progress progress) throws IOException {
    CsvTable.write(folder.resolve(RunFolder.DOCUMENTS), dialect, DOCUMENT_COLUMNS, table -> {
      for (DocumentResult result : results) {
        Document d = result.document();
        table.row(d.id(), d.source().source(), d.source().sha256(), d.format(), d.title(),
            Objects.toString(d.date(), ""), d.organisation(), d.language(), d.statements().size(),
            result.status(), result.error());
      }
      progress.checkpoint("writing " + RunFolder.DOCUMENTS);
    });
    progress.checkpoint("staged " + RunFolder.DOCUMENTS);
    CsvTable.write(folder.resolve(RunFolder.STATEMENTS), dialect, StatementTable.COLUMNS, table -> {
      for (CodedDocument document : indexed) {
        for (CodedStatement statement : document.statements()) {
          table.row(StatementTable.row(statement).toArray());
        }
      }
      progress.checkpoint("writing " + RunFolder.STATEMENTS);
    });
    progress.checkpoint("staged " + RunFolder.STATEMENTS);
    CsvTable.write(folder.resolve(RunFolder.EMERGING_THEMES), dialect, EmergingThemeTable.COLUMNS, table -> {
      for (Theme theme : grouping.themes()) {
        table.row(theme.id(), theme.label(), theme.members().size(), theme.members().stream()
            .map(id -> groups.get(id).text()).distinct().limit(3).collect(Collectors.joining(" | ")));
      }
    });
    progress.checkpoint("staged " + RunFolder.EMERGING_THEMES);
    ThemeFrequencyTable.write(folder.resolve(RunFolder.THEMES), frequencies(By.ALL), Shape.LONG, dialect);
    ThemeFrequencyTable.write(folder.resolve(RunFolder.THEMES_BY_DOCUMENT), frequencies(By.DOCUMENT), Shape.LONG, dialect);
    progress.checkpoint("staged " + RunFolder.THEMES_BY_DOCUMENT);
    ThemeFrequencyTable.write(folder.resolve(RunFolder.THEMES_BY_KIND), frequencies(By.KIND), Shape.LONG, dialect);
    progress.checkpoint("staged " + RunFolder.THEMES_BY_KIND);
    writeErrors(folder, dialect);
    progress.checkpoint("staged " + RunFolder.ERRORS);
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
    CsvTable.write(folder.resolve(RunFolder.ERRORS), dialect, ERROR_COLUMNS, table -> {
      for (DocumentResult failure : failures) {
        table.row(failure.source().source(), failure.status(), failure.error());
      }
    });
  }
}
