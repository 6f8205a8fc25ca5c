package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.cli.ExportMaterial.FORMULA;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.batch.OutputTables;
import se.samsyn.testing.LibreOffice;
import se.samsyn.testing.LibreOffice.Value;

/**
 * The researcher's exports of one {@code samsyn run --excel}: the theme-frequency tables of the run
 * and of {@code samsyn themes} recounted from statements.csv, filters, bad options, formula
 * neutralisation in every CSV, and the Excel files opened in LibreOffice.
 */
class ResearchExportsTest {
  private static final Pattern UNSAFE_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+([.,]\\d+)?$");

  @TempDir
  static Path work;
  static Path out;
  static FrequencyCheck check;

  @BeforeAll
  static void run() throws IOException {
    Path in = ExportMaterial.write(work.resolve("in"));
    out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--excel", "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    check = new FrequencyCheck(out);
  }

  private static String themes(String... options) {
    List<String> args = new ArrayList<>(List.of("themes", "--index", out.toString()));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  private static String read(String table) throws IOException {
    return Files.readString(out.resolve(table), StandardCharsets.UTF_8);
  }

  @Test
  void theRunsThemeTablesCountWhatStatementsCsvSays() throws IOException {
    int overall = check.assertLong(OutputTables.parse(read("themes.csv")), "all", s -> true);
    assertTrue(overall >= 10, "eleven principles, other, themes and the total occur: " + overall);
    int byDocument = check.assertLong(OutputTables.parse(read("themes_by_document.csv")), "document", s -> true);
    assertTrue(byDocument > overall);
    check.assertLong(OutputTables.parseExcel(read("excel/themes_by_document.csv")), "document", s -> true);
    assertEquals(OutputTables.read(out.resolve("statements.csv")),
        OutputTables.parseExcel(read("excel/statements.csv")).stream().map(row -> {
          Map<String, String> copy = new LinkedHashMap<>(row);
          copy.put("score", row.get("score").replace(',', '.'));
          return copy;
        }).toList());
  }

  @Test
  void theRunsThemeTablesAreWhatThemesPrintsFromTheIndex() throws IOException {
    assertEquals(read("themes.csv"), themes());
    assertEquals(read("themes_by_document.csv"), themes("--by", "document"));
    assertEquals(read("excel/themes.csv"), themes("--excel"));
    Path file = work.resolve("by-date.csv");
    themes("--by", "date", "--out", file.toString());
    assertEquals(themes("--by", "date"), Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"all", "document", "section", "date", "organisation", "speaker"})
  void themesCountsWhatStatementsCsvSaysInLongAndWideShape(String by) throws IOException {
    List<Map<String, String>> rows = OutputTables.parse(themes("--by", by));
    assertTrue(check.assertLong(rows, by, s -> true) > 0);
    FrequencyCheck.assertWideMatchesLong(OutputTables.parse(themes("--by", by, "--wide")), rows);
  }

  @Test
  void perStatementExportHasEveryStatementWithItsCodingKindThemeAndCodebook() throws IOException {
    List<Map<String, String>> rows = OutputTables.parse(themes("--per-statement", "--by", "document"));
    Map<String, String> labels = new LinkedHashMap<>();
    OutputTables.read(out.resolve("emerging_themes.csv")).forEach(t -> labels.put(t.get("theme"), t.get("label")));
    Map<String, Map<String, String>> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put(r.get("statement_id"), r));
    assertEquals(check.statements().size(), byId.size());
    for (Map<String, String> s : check.statements()) {
      Map<String, String> row = byId.get(s.get("statement_id"));
      for (String column : List.of("document_id", "source", "section", "speaker", "date", "kind", "principles",
          "method", "theme", "text")) {
        assertEquals(s.get(column), row.get(column), column + " of " + s);
      }
      assertEquals(s.get("source"), row.get("group"));
      assertEquals(labels.getOrDefault(s.get("theme"), ""), row.get("theme_label"));
      assertEquals(List.of("samsyn-principles", "2"), List.of(row.get("codebook"), row.get("codebook_version")));
    }
    assertTrue(rows.stream().anyMatch(r -> r.get("principles").equals("dialogue")
        && r.get("principle_names").equals("Dialog")));
    assertTrue(rows.stream().anyMatch(r -> r.get("principles").contains(";")
        && r.get("principle_names").split(";").length == r.get("principles").split(";").length));
    List<Map<String, String>> voices = OutputTables.parse(themes("--per-statement", "--kind", "voice"));
    assertEquals(check.statements().stream().filter(s -> s.get("kind").equals("voice")).count(), voices.size());
    assertTrue(voices.stream().allMatch(r -> r.get("group").equals("all")));
  }

  @Test
  void filtersCountOnlyTheStatementsTheyLetThrough() throws IOException {
    assertTrue(check.assertLong(OutputTables.parse(themes("--by", "document", "--principle", "Dialog")), "document",
        s -> List.of(s.get("principles").split(";")).contains("dialogue")) > 2);
    assertTrue(check.assertLong(OutputTables.parse(themes("--by", "date", "--method", "heading")), "date",
        s -> s.get("method").equals("heading")) > 2);
    assertTrue(check.assertLong(OutputTables.parse(themes("--by", "speaker", "--from", "2024-04-01", "--to",
        "2024-06-30")), "speaker", s -> !s.get("date").isEmpty() && s.get("date").compareTo("2024-04-01") >= 0
        && s.get("date").compareTo("2024-06-30") <= 0) > 2);
    assertTrue(check.assertLong(OutputTables.parse(themes("--document", "enkat-export.csv", "--organisation",
        "region sjöbotten")), "all", s -> s.get("source").endsWith("enkat-export.csv")) > 2);
  }

  @Test
  void badOptionsAreUsageErrorsWithAClearMessage() throws IOException {
    String index = out.toString();
    assertUsageError("--by is one of all, document, section, date, organisation, speaker, kind, not 'week'",
        "themes", "--index", index, "--by", "week");
    assertUsageError("--from takes a date such as 2018-05-29, not '2024-13-01'",
        "themes", "--index", index, "--from", "2024-13-01");
    assertUsageError("the first date 2024-05-01 is after the last date 2024-04-01",
        "themes", "--index", index, "--from", "2024-05-01", "--to", "2024-04-01");
    assertUsageError("--method is heading, inline, classifier or human, not 'magi'", "themes", "--index", index,
        "--method", "magi");
    assertUsageError("unknown principle 'tillit'", "themes", "--index", index, "--principle", "tillit");
    assertUsageError("--wide and --per-statement are two different tables", "themes", "--index", index, "--wide",
        "--per-statement");
    assertUsageError("no search index in", "themes", "--index", work.resolve("ingenstans").toString());
    assertUsageError("cannot write --out", "themes", "--index", index, "--out",
        out.resolve("themes.csv").resolve("x.csv").toString());
    assertUsageError("Missing required option: '--index=DIR'", "themes", "--by", "document");
    assertUsageError("--excel writes CSV", "search", "klicka", "--index", index, "--excel", "--format", "json");
  }

  private static void assertUsageError(String message, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(message), run.err());
    assertTrue(run.err().contains("--help"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void theFormulaComesOutNeutralisedInEveryCsv() throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        outputs.put(out.relativize(csv).toString(), Files.readString(csv, StandardCharsets.UTF_8));
      }
    }
    outputs.put("search --format csv", CliRun.of("search", "klicka", "--index", out.toString(), "--format", "csv").out());
    outputs.put("search --excel", CliRun.of("search", "klicka", "--index", out.toString(), "--excel").out());
    outputs.put("themes --by speaker", themes("--by", "speaker"));
    outputs.put("themes --by speaker --wide --excel", themes("--by", "speaker", "--wide", "--excel"));
    outputs.put("themes --by section", themes("--by", "section"));
    for (String excel : List.of("excel/statements.csv", "search --excel", "themes --by speaker --wide --excel")) {
      assertTrue(outputs.get(excel).startsWith("\uFEFF"), excel + " starts with a byte-order mark");
    }
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      for (CSVRecord record : OutputTables.records(output.getValue())) {
        for (String cell : record) {
          assertFalse(UNSAFE_START.matcher(cell).matches() && !NUMBER.matcher(cell).matches(),
              output.getKey() + " has a cell a spreadsheet would run: " + cell);
        }
      }
    }
    for (String carrier : List.of("statements.csv", "emerging_themes.csv", "excel/statements.csv",
        "excel/emerging_themes.csv", "search --format csv", "search --excel", "themes --by speaker",
        "themes --by speaker --wide --excel")) {
      assertTrue(OutputTables.records(outputs.get(carrier)).stream()
          .anyMatch(r -> r.stream().anyMatch(cell -> cell.startsWith("'" + FORMULA))), carrier);
    }
  }

  @Test
  void excelFilesOpenInLibreOfficeWithSwedishTextNumbersAndNoFormulas() throws Exception {
    Path bySpeaker = work.resolve("themes-by-speaker.csv");
    themes("--by", "speaker", "--excel", "--out", bySpeaker.toString());
    List<Path> files = List.of(out.resolve("excel/themes.csv"), bySpeaker, out.resolve("excel/statements.csv"));
    List<List<List<Value>>> sheets = LibreOffice.open(files, work.resolve("libreoffice"));
    assertFrequencySheet(OutputTables.parse(read("themes.csv")), sheets.get(0));
    assertFrequencySheet(OutputTables.parse(themes("--by", "speaker")), sheets.get(1));

    List<Map<String, String>> statements = check.statements();
    List<List<Value>> sheet = sheets.get(2);
    assertEquals(statements.size() + 1, sheet.size());
    for (int i = 0; i < statements.size(); i++) {
      List<Value> row = sheet.get(i + 1);
      assertEquals(new Value(CellType.STRING, statements.get(i).get("text"), 0), row.get(8));
      assertEquals(Double.parseDouble(statements.get(i).get("score")), row.get(11).number(), 1e-9);
      assertEquals(CellType.NUMERIC, row.get(11).type());
    }
    assertTrue(sheet.stream().anyMatch(r -> r.get(8).text().contains("å") && r.get(8).text().contains("ä")));
    for (List<List<Value>> any : sheets) {
      assertTrue(any.stream().flatMap(List::stream).noneMatch(v -> v.type() == CellType.FORMULA),
          "a cell became a formula");
    }
  }

  /** The sheet holds the table's text as text (Swedish letters intact) and its counts and shares as numbers. */
  private static void assertFrequencySheet(List<Map<String, String>> table, List<List<Value>> sheet) {
    assertEquals(List.of("group", "code_type", "code", "name", "kind", "method", "statements", "documents", "share",
        "codebook", "codebook_version"), sheet.getFirst().stream().map(Value::text).toList());
    assertEquals(table.size() + 1, sheet.size());
    for (int i = 0; i < table.size(); i++) {
      Map<String, String> expected = table.get(i);
      List<Value> row = sheet.get(i + 1);
      assertEquals(expected.get("group").isEmpty() ? CellType.BLANK : CellType.STRING, row.get(0).type());
      assertEquals(expected.get("group"), row.get(0).text());
      assertEquals(new Value(CellType.STRING, expected.get("name"), 0), row.get(3));
      assertEquals(new Value(CellType.NUMERIC, "", Double.parseDouble(expected.get("statements"))), row.get(6));
      assertEquals(new Value(CellType.NUMERIC, "", Double.parseDouble(expected.get("documents"))), row.get(7));
      assertEquals(Double.parseDouble(expected.get("share")), row.get(8).number(), 1e-9, expected.toString());
      assertEquals(new Value(CellType.STRING, expected.get("codebook"), 0), row.get(9));
    }
    assertTrue(sheet.stream().anyMatch(r -> r.get(3).text().equals("Självständighet och oberoende")));
  }
}
