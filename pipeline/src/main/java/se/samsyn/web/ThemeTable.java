package se.samsyn.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The emerging themes a run wrote beside its index ({@code themes.csv} in the run's output folder),
 * one map of column → value per row; none when the run wrote no themes.
 */
final class ThemeTable {
  static final String FILE = "themes.csv";

  private final Path file;

  ThemeTable(Path indexFolder) {
    Path parent = indexFolder.toAbsolutePath().getParent();
    this.file = parent == null ? null : parent.resolve(FILE);
  }

  List<Map<String, String>> rows() throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return List.of();
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new LinkedHashMap<>(record.toMap()));
      }
      return rows;
    }
  }
}
