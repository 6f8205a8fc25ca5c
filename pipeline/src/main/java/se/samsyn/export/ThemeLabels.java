package se.samsyn.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The labels of the emerging themes a run wrote to its output folder: the {@code theme} and
 * {@code label} columns of {@code emerging_themes.csv}, or of {@code themes.csv} as runs wrote it
 * before that name.
 */
public final class ThemeLabels {
  private static final List<String> FILES = List.of("emerging_themes.csv", "themes.csv");

  private ThemeLabels() {}

  /** Label by theme id; empty when the folder holds no theme table. */
  public static Map<String, String> read(Path runFolder) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    for (String name : FILES) {
      Path file = runFolder.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(reader, format)) {
        if (!parser.getHeaderNames().containsAll(List.of("theme", "label"))) {
          continue;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (CSVRecord row : parser) {
          labels.put(row.get("theme"), row.get("label"));
        }
        return labels;
      }
    }
    return Map.of();
  }
}
