package se.samsyn.batch;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV files of a run back, one map per row keyed by column name. */
public final class OutputTables {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private OutputTables() {}

  public static List<Map<String, String>> read(Path csv) throws IOException {
    return parse(Files.readString(csv, StandardCharsets.UTF_8));
  }

  /** RFC 4180 text (no byte-order mark, which would become part of the first column's name). */
  public static List<Map<String, String>> parse(String csv) throws IOException {
    if (csv.startsWith(BYTE_ORDER_MARK)) {
      throw new AssertionError("RFC 4180 output starts with a byte-order mark");
    }
    return rows(csv, ',');
  }

  /** Text in the Swedish Excel dialect: byte-order mark first, then ';'-separated rows. */
  public static List<Map<String, String>> parseExcel(String csv) throws IOException {
    if (!csv.startsWith(BYTE_ORDER_MARK)) {
      throw new AssertionError("Excel output does not start with a byte-order mark");
    }
    return rows(csv.substring(1), ';');
  }

  /** Every record, the header included, as cells: for checks that concern every cell. */
  public static List<CSVRecord> records(String csv) throws IOException {
    boolean excel = csv.startsWith(BYTE_ORDER_MARK);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',').get();
    return format.parse(new StringReader(excel ? csv.substring(1) : csv)).getRecords();
  }

  private static List<Map<String, String>> rows(String csv, char delimiter) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
    return format.parse(new StringReader(csv)).stream().map(CSVRecord::toMap).toList();
  }
}
