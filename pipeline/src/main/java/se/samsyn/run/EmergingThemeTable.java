package se.samsyn.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.CsvTable;

/**
 * The emerging themes a run wrote ({@link RunFolder#emergingThemes()}), one map of column → value per
 * row; none when the run wrote no themes.
 */
public final class EmergingThemeTable {
  public static final List<String> COLUMNS = List.of("theme", "label", "members", "examples");

  private final Path file;

  /** @param file the table, which need not exist (a run that found no themes) */
  EmergingThemeTable(Path file) {
    this.file = file;
  }

  public List<Map<String, String>> rows() throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, CsvTable.READ_FORMAT)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        record.toMap().forEach((column, cell) -> row.put(column, CsvTable.restore(cell)));
        rows.add(row);
      }
      return rows;
    }
  }

  /** Theme id → label. */
  public Map<String, String> labels() throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    rows().forEach(row -> labels.put(row.get("theme"), row.get("label")));
    return labels;
  }
}
