package se.samsyn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samsyn.core.CsvTable.Dialect;

class CsvTableTest {
  private static final String FORMULA = "=HYPERLINK(\"http://x\",\"klicka\")";

  @TempDir
  Path folder;

  private static String write(Dialect dialect, List<String> header, Object... cells) throws IOException {
    StringWriter out = new StringWriter();
    CsvTable.write(out, dialect, header, table -> table.row(cells));
    return out.toString();
  }

  private static List<CSVRecord> read(Dialect dialect, String csv) throws IOException {
    String body = dialect == Dialect.EXCEL_SV ? csv.substring(1) : csv;
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect == Dialect.EXCEL_SV ? ';' : ',').get();
    return format.parse(new StringReader(body)).getRecords();
  }

  @Test
  void rfc4180IsCommaSeparatedWithDecimalPointsAndNoByteOrderMark() throws IOException {
    String csv = write(Dialect.RFC4180, List.of("namn", "antal", "andel"), "Åsa Öberg; ärende", 12,
        CsvTable.decimal(0.25, 4));
    assertEquals("namn,antal,andel\r\nÅsa Öberg; ärende,12,0.2500\r\n", csv);
  }

  @Test
  void excelDialectHasByteOrderMarkSemicolonsAndDecimalCommas() throws IOException {
    String csv = write(Dialect.EXCEL_SV, List.of("namn", "antal", "andel", "poäng"), "Åsa, Öberg", 12,
        CsvTable.decimal(0.25, 4), CsvTable.decimal(-1.5, 3));
    assertEquals("\uFEFFnamn;antal;andel;poäng\r\nÅsa, Öberg;12;0,2500;-1,500\r\n", csv);
  }

  @Test
  void aFileInTheExcelDialectIsUtf8WithTheMarkFirst() throws IOException {
    Path file = folder.resolve("t.csv");
    CsvTable.write(file, Dialect.EXCEL_SV, List.of("ö"), table -> table.row("å"));
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    assertEquals("\uFEFFö\r\nå\r\n", new String(bytes, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void formulaStartsAreNeutralisedInCellsAndHeadersButNumbersStayNumbers(Dialect dialect) throws IOException {
    List<String> dangerous = List.of(FORMULA, "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR");
    String csv = write(dialect, List.of("=rubrik", "b", "c", "d", "e", "f", "g", "h"),
        dangerous.get(0), dangerous.get(1), dangerous.get(2), dangerous.get(3), dangerous.get(4), dangerous.get(5),
        "-0.5", CsvTable.decimal(-0.5, 1));
    List<CSVRecord> records = read(dialect, csv);
    assertEquals("'=rubrik", records.get(0).get(0));
    for (int i = 0; i < dangerous.size(); i++) {
      assertEquals("'" + dangerous.get(i), records.get(1).get(i));
      assertEquals(dangerous.get(i), CsvTable.restore(records.get(1).get(i)), "read back as written");
    }
    assertEquals("'citat'", CsvTable.restore("'citat'"), "an apostrophe before ordinary text is the text's own");
    List<CSVRecord> quoted = read(dialect, write(dialect, List.of("a"), "'-citat"));
    assertEquals("''-citat", quoted.get(1).get(0));
    assertEquals("'-citat", CsvTable.restore(quoted.get(1).get(0)), "an apostrophe of the text's own survives");
    assertEquals("-0.5", records.get(1).get(6));
    assertEquals(dialect == Dialect.EXCEL_SV ? "-0,5" : "-0.5", records.get(1).get(7));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void lineBreaksQuotesAndSeparatorsInsideCellsSurviveARoundTrip(Dialect dialect) throws IOException {
    String cell = "rad ett\nrad två; \"citat\", slut\r\nrad tre";
    String csv = write(dialect, List.of("text", "nästa"), cell, "sista");
    List<CSVRecord> records = read(dialect, csv);
    assertEquals(2, records.size());
    assertEquals(cell, records.get(1).get(0));
    assertEquals("sista", records.get(1).get(1));
  }

  @Test
  void decimalsAreWrittenAsStringFormatWritesThem() throws IOException {
    SplittableRandom random = new SplittableRandom(20261207);
    // value i is written to i % 8 places (the zero at index 7 to seven) and to four
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, -1e-9, 0.00005, 0.00015, 0.125, 2.5, 0.0, -2.5, 1e20, 1.0005,
        1e-7));
    for (int i = 0; i < 100_000; i++) {
      double value = switch (i % 4) {
        case 0 -> random.nextDouble();
        case 1 -> (random.nextInt(20_000) + 0.5) / 10_000; // a tie at four places, as written
        case 2 -> random.nextInt(1_000) / (double) random.nextInt(1, 1_000);
        default -> random.nextDouble() * Math.pow(10, random.nextInt(-12, 18));
      };
      values.add(random.nextBoolean() ? -value : value);
    }
    for (Dialect dialect : Dialect.values()) {
      StringWriter out = new StringWriter();
      CsvTable.write(out, dialect, List.of("v"), table -> {
        for (int i = 0; i < values.size(); i++) {
          table.row(CsvTable.decimal(values.get(i), i % 8), CsvTable.decimal(values.get(i), 4));
        }
      });
      List<CSVRecord> records = read(dialect, out.toString());
      for (int i = 0; i < values.size(); i++) {
        double value = values.get(i);
        char separator = dialect == Dialect.EXCEL_SV ? ',' : '.';
        assertEquals(String.format(Locale.ROOT, "%." + i % 8 + "f", value).replace('.', separator),
            records.get(i + 1).get(0), "value " + value + " to " + i % 8 + " places");
        assertEquals(String.format(Locale.ROOT, "%.4f", value).replace('.', separator), records.get(i + 1).get(1));
      }
    }
  }

  @Test
  void cellsAreNeutralisedExactlyWhenAFormulaStartFollowsTheirApostrophes() {
    Pattern formulaStart = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    Pattern number = Pattern.compile("^[-+]?\\d+([.,]\\d+)?$");
    String alphabet = "'=+-@\t\r1.,aÖ \n";
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder cell = new StringBuilder();
      for (int length = random.nextInt(5); cell.length() < length; ) {
        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = cell.toString();
      boolean dangerous = formulaStart.matcher(text).matches() && !number.matcher(text).matches();
      assertEquals(dangerous ? "'" + text : text, CsvTable.neutralise(text), () -> "cell [" + text + "]");
    }
  }

  @Test
  void theWriterStaysOpenForMoreOutput() throws IOException {
    StringWriter out = new StringWriter();
    CsvTable.write(out, List.of("a"), table -> table.row("1"));
    out.write("more");
    assertTrue(out.toString().endsWith("1\r\nmore"));
    assertFalse(out.toString().startsWith("\uFEFF"));
  }
}
