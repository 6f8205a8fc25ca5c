package se.samsyn.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Statements without structure (survey answers, comments) read from a CSV file (`,`, `;` or tab,
 * with a header row, UTF-8 with or without BOM) or a JSON Lines file (one object per line). Ids
 * come from the id column or field; without one, from the row or line number.
 */
public final class FreeStatements {
  /**
   * One statement.
   *
   * @param id   its id as given, or its row/line number
   * @param text its text (may be empty)
   */
  public record Item(String id, String text) {}

  /** A row or line that could not be read, with its line number in the file. */
  public record Problem(long line, String reason) {}

  /** What a file held. */
  public record Contents(List<Item> items, List<Problem> problems) {
    public Contents {
      items = List.copyOf(items);
      problems = List.copyOf(problems);
    }
  }

  private FreeStatements() {}

  /**
   * Reads a file.
   *
   * @param idColumn the column or field of the ids, or null for the column {@code id} when there
   *                 is one and the row number otherwise
   * @throws IllegalArgumentException when the file type is unknown or a named column is missing
   */
  public static Contents read(Path file, String textColumn, String idColumn) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return readJsonLines(file, textColumn, idColumn);
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return readCsv(file, textColumn, idColumn);
    }
    throw new IllegalArgumentException("cannot read " + file + ": give a .csv, .tsv or .jsonl file");
  }

  private static Contents readCsv(Path file, String textColumn, String idColumn) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(content)).setHeader()
        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
    List<Item> items = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(content, format)) {
      List<String> columns = parser.getHeaderNames();
      requireColumn(file, columns, textColumn);
      String ids = idColumn(file, columns, idColumn);
      int row = 0;
      for (CSVRecord record : parser) {
        row++;
        if (!record.isSet(textColumn)) {
          problems.add(new Problem(parser.getCurrentLineNumber(), "the row has no '" + textColumn + "' cell"));
          continue;
        }
        items.add(new Item(ids == null || !record.isSet(ids) ? Integer.toString(row) : record.get(ids),
            record.get(textColumn)));
      }
    } catch (UncheckedIOException e) {
      throw new IOException(file + " is not a well-formed CSV file: " + e.getCause().getMessage(), e);
    }
    return new Contents(items, problems);
  }

  /** The most frequent of `,`, `;` and tab in the header line (survey tools export all three). */
  private static char delimiter(String content) {
    int end = content.indexOf('\n');
    String header = end < 0 ? content : content.substring(0, end);
    char best = ',';
    long bestCount = header.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = header.chars().filter(c -> c == candidate).count();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  private static Contents readJsonLines(Path file, String textField, String idField) throws IOException {
    List<Item> items = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = ResultCache.JSON.readTree(line);
          JsonNode text = node.path(textField);
          if (!text.isValueNode()) {
            problems.add(new Problem(number, "no '" + textField + "' field"));
            continue;
          }
          JsonNode id = node.path(idField == null ? "id" : idField);
          if (idField != null && !id.isValueNode()) {
            problems.add(new Problem(number, "no '" + idField + "' field"));
            continue;
          }
          items.add(new Item(id.isValueNode() ? id.asText() : Long.toString(number), text.asText()));
        } catch (JsonProcessingException e) {
          problems.add(new Problem(number, "not a JSON object: " + e.getOriginalMessage()));
        }
      }
    }
    return new Contents(items, problems);
  }

  private static void requireColumn(Path file, List<String> columns, String column) {
    if (!columns.contains(column)) {
      throw new IllegalArgumentException(file + " has no column '" + column + "' (its columns: "
          + String.join(", ", columns) + ")");
    }
  }

  private static String idColumn(Path file, List<String> columns, String idColumn) {
    if (idColumn != null) {
      requireColumn(file, columns, idColumn);
      return idColumn;
    }
    return columns.contains("id") ? "id" : null;
  }
}
