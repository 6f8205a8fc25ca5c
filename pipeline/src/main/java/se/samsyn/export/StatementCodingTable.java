package se.samsyn.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.CsvTable;
import se.samsyn.core.StatementGroups;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.models.Codebook;

/**
 * One row per statement with what it was coded as: its principles (ids and Swedish names), how they
 * were assigned, its kind and emerging theme, the group it is counted in and the codebook, so that a
 * researcher can recount or re-weigh {@link ThemeFrequencies} statement by statement.
 */
public final class StatementCodingTable {
  public static final List<String> COLUMNS = List.of("group", "statement_id", "document_id", "source", "title",
      "section", "speaker", "date", "kind", "principles", "principle_names", "method", "score", "theme",
      "theme_label", "text", "codebook", "codebook_version");
  /** Separator of several principles in one cell, as in {@code statements.csv}. */
  public static final String SEPARATOR = ";";

  /** The statements to write, handed over one at a time. */
  @FunctionalInterface
  public interface Statements {
    void forEach(Consumer<CodedStatement> action) throws IOException;
  }

  private StatementCodingTable() {}

  /** Writes the table to {@code writer}, which stays open. */
  public static void write(Writer writer, Dialect dialect, By by, Codebook codebook, Map<String, String> themeLabels,
      Statements statements) throws IOException {
    CsvTable.write(writer, dialect, COLUMNS, table -> {
      try {
        statements.forEach(s -> {
          try {
            table.row(cells(s, by, codebook, themeLabels));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    });
  }

  private static Object[] cells(CodedStatement s, By by, Codebook codebook, Map<String, String> themeLabels) {
    List<String> principles = s.principles().isEmpty() ? List.of(StatementGroups.OTHER) : s.principles();
    String names = principles.stream().map(id -> codebook.principle(id).map(Codebook.Principle::nameSv)
        .orElse(id.equals(StatementGroups.OTHER) ? ThemeFrequencies.OTHER_NAME : id)).collect(Collectors.joining(SEPARATOR));
    return new Object[] {by.groupOf(s), s.statementId(), s.documentId(), s.source(), s.title(), s.section(),
        s.speaker(), Objects.toString(s.date(), ""), s.kind().label(), String.join(SEPARATOR, principles), names,
        s.method(), CsvTable.decimal(s.score(), 3), s.theme(), themeLabels.getOrDefault(s.theme(), ""), s.text(),
        codebook.id(), codebook.version()};
  }
}
