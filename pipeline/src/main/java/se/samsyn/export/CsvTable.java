package se.samsyn.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV in UTF-8 with a header row. Text cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) are prefixed with an apostrophe.
 */
public final class CsvTable {
  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+([.,]\\d+)?$");

  /** Writes the rows of one table. */
  @FunctionalInterface
  public interface Rows {
    void writeTo(CsvTable table) throws IOException;
  }

  private final CSVPrinter printer;

  private CsvTable(CSVPrinter printer) {
    this.printer = printer;
  }

  /** Writes a whole CSV file atomically. */
  public static void write(Path file, List<String> header, Rows rows) throws IOException {
    AtomicFiles.write(file, writer -> write(writer, header, rows));
  }

  public static void write(Writer writer, List<String> header, Rows rows) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
        .setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      rows.writeTo(new CsvTable(printer));
    }
  }

  public void row(Object... cells) throws IOException {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cells[i] == null ? "" : neutralise(cells[i].toString());
    }
    printer.printRecord(safe);
  }

  /** Makes a cell inert in spreadsheets; plain numbers such as -0.5 stay numbers. */
  static String neutralise(String cell) {
    if (FORMULA_START.matcher(cell).matches() && !NUMBER.matcher(cell).matches()) {
      return "'" + cell;
    }
    return cell;
  }
}
