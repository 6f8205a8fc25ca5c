package se.samsyn.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV files of a run back, one map per row keyed by column name. */
public final class OutputTables {
  private OutputTables() {}

  public static List<Map<String, String>> read(Path csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return format.parse(reader).stream().map(CSVRecord::toMap).toList();
    }
  }
}
