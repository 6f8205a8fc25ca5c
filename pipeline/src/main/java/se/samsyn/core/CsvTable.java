package se.samsyn.core;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a header row, in one of two {@link Dialect}s. Text cells (header included)
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are prefixed with
 * an apostrophe; {@link Decimal} cells are written with the dialect's decimal separator.
 */
public final class CsvTable {
  /** A formula start, also behind apostrophes, so that "'=x" is written "''=x" and reads back as itself. */
  private static final Pattern FORMULA_START = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
  /** The characters a cell that {@link #FORMULA_START} matches can start with. */
  private static final String FORMULA_FIRST_CHARACTERS = "'=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+([.,]\\d+)?$");
  private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);

  /** How a table in the {@link Dialect#RFC4180} dialect is read back: the first row names the columns. */
  public static final CSVFormat READ_FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  /** How the file is laid out; both quote cells with separators, quotes or line breaks (RFC 4180 rules). */
  public enum Dialect {
    /** RFC 4180: comma-separated, decimal point, no byte-order mark (for R, pandas and other programs). */
    RFC4180(',', '.', false),
    /** What Swedish Excel opens with a double click: UTF-8 byte-order mark, semicolons, decimal comma. */
    EXCEL_SV(';', ',', true);

    private final char delimiter;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    Dialect(char delimiter, char decimalSeparator, boolean byteOrderMark) {
      this.delimiter = delimiter;
      this.decimalSeparator = decimalSeparator;
      this.byteOrderMark = byteOrderMark;
    }

    private CSVFormat format(List<String> header) {
      return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n")
          .setHeader(header.stream().map(CsvTable::neutralise).toArray(String[]::new)).get();
    }
  }

  /** A number with a fraction, written with {@code places} decimals and the dialect's separator. */
  public record Decimal(double value, int places) {
    public Decimal {
      if (places < 0 || !Double.isFinite(value)) {
        throw new IllegalArgumentException("a finite decimal with places >= 0: " + value + ", " + places);
      }
    }
  }

  /** Writes the rows of one table. */
  @FunctionalInterface
  public interface Rows {
    void writeTo(CsvTable table) throws IOException;
  }

  /**
   * Rows are printed into a block of about this many characters, which then goes to the writer at once:
   * CSVPrinter writes every cell on its own, and a {@link java.io.BufferedWriter} takes a lock at each write.
   */
  private static final int BLOCK = 1 << 16;

  private final Writer writer;
  private final StringBuilder block;
  private final CSVPrinter printer;
  private final Dialect dialect;

  private CsvTable(Writer writer, StringBuilder block, CSVPrinter printer, Dialect dialect) {
    this.writer = writer;
    this.block = block;
    this.printer = printer;
    this.dialect = dialect;
  }

  /** Writes a whole RFC 4180 CSV file atomically. */
  public static void write(Path file, List<String> header, Rows rows) throws IOException {
    write(file, Dialect.RFC4180, header, rows);
  }

  /** Writes a whole CSV file atomically. */
  public static void write(Path file, Dialect dialect, List<String> header, Rows rows) throws IOException {
    AtomicFiles.write(file, writer -> write(writer, dialect, header, rows));
  }

  public static void write(Writer writer, List<String> header, Rows rows) throws IOException {
    write(writer, Dialect.RFC4180, header, rows);
  }

  /** Writes a table to {@code writer} and flushes it; the writer stays open (standard output, say). */
  public static void write(Writer writer, Dialect dialect, List<String> header, Rows rows) throws IOException {
    if (dialect.byteOrderMark) {
      writer.write('\uFEFF');
    }
    StringBuilder block = new StringBuilder(BLOCK + BLOCK / 4);
    CsvTable table = new CsvTable(writer, block, new CSVPrinter(block, dialect.format(header)), dialect);
    rows.writeTo(table);
    table.writeBlock();
    writer.flush();
  }

  private void writeBlock() throws IOException {
    writer.append(block);
    block.setLength(0);
  }

  /** A decimal cell with {@code places} decimals. */
  public static Decimal decimal(double value, int places) {
    return new Decimal(value, places);
  }

  /** One row; null cells are empty, {@link Decimal}s numbers, everything else text. */
  public void row(Object... cells) throws IOException {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cells[i] instanceof Decimal d ? format(d)
          : cells[i] == null ? "" : neutralise(cells[i].toString());
    }
    printer.printRecord(safe);
    if (block.length() >= BLOCK) {
      writeBlock();
    }
  }

  /**
   * The digits {@code String.format("%.Nf")} writes (half up from the shortest decimal that reads back as
   * the value, "-" on every negative value, −0 included), a few times faster: a run writes one per row of
   * a theme table, millions for a large batch.
   */
  private String format(Decimal decimal) {
    double value = decimal.value();
    String digits = BigDecimal.valueOf(Math.abs(value)).setScale(decimal.places(), RoundingMode.HALF_UP).toPlainString();
    return (Double.doubleToRawLongBits(value) < 0 ? "-" + digits : digits).replace('.', dialect.decimalSeparator);
  }

  /** A cell as it was before it was written: "'=SUMMA(A1)" → "=SUMMA(A1)". */
  public static String restore(String cell) {
    return NEUTRALISED.matcher(cell).matches() ? cell.substring(1) : cell;
  }

  /** Makes a cell inert in spreadsheets; plain numbers such as -0.5 stay numbers. */
  static String neutralise(String cell) {
    if (cell.isEmpty() || FORMULA_FIRST_CHARACTERS.indexOf(cell.charAt(0)) < 0) {
      return cell; // most cells: no formula start, not even behind apostrophes, and no need to match the whole cell
    }
    if (FORMULA_START.matcher(cell).matches() && !NUMBER.matcher(cell).matches()) {
      return "'" + cell;
    }
    return cell;
  }
}
