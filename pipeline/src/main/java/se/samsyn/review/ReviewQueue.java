package se.samsyn.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.CsvTable;
import se.samsyn.core.Method;
import se.samsyn.core.StatementGroups;
import se.samsyn.group.Grouping;

/**
 * The statements worth a reviewer's time, most uncertain first: those the classifier coded (also
 * as {@code other}), by the margin between their two most probable principles, smallest first,
 * then those already reviewed. Written as {@code OUT/review/queue.csv}
 * ({@code statement_id,method,margin}) for {@code samsyn serve}.
 */
public final class ReviewQueue {
  public static final String FILE = "queue.csv";
  /** Its place in a run folder. */
  public static final String FOLDER_AND_FILE = CodingsFile.FOLDER + "/" + FILE;
  public static final List<String> COLUMNS = List.of("statement_id", "method", "margin");

  /** One statement of the queue. */
  public record Entry(String statementId, String method, double margin) {}

  private ReviewQueue() {}

  /** The classifier-coded and reviewed statements of a grouping, in review order. */
  public static List<StatementGroups> order(List<StatementGroups> statements) {
    return statements.stream().filter(s -> s.method() == Method.CLASSIFIER || s.method() == Method.HUMAN)
        .sorted(Comparator.comparing((StatementGroups s) -> s.method() == Method.HUMAN)
            .thenComparingDouble(StatementGroups::margin).thenComparing(StatementGroups::statementId))
        .toList();
  }

  public static Path file(Path runFolder) {
    return runFolder.resolve(CodingsFile.FOLDER).resolve(FILE);
  }

  public static void write(Path runFolder, Grouping grouping) throws IOException {
    CsvTable.write(file(runFolder), COLUMNS, table -> {
      for (StatementGroups s : order(grouping.statements())) {
        table.row(s.statementId(), s.method().label(), CsvTable.decimal(s.margin(), 4));
      }
    });
  }

  /** The queue of a run, by statement id in queue order; empty when the run wrote none. */
  public static Map<String, Entry> read(Path runFolder) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Path file = file(runFolder);
    if (!Files.isRegularFile(file)) {
      return entries;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CsvTable.READ_FORMAT.parse(reader)) {
        entries.put(row.get("statement_id"), new Entry(row.get("statement_id"), row.get("method"),
            Double.parseDouble(row.get("margin"))));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(file + " is not a review queue: " + e.getMessage(), e);
    }
    return entries;
  }
}
