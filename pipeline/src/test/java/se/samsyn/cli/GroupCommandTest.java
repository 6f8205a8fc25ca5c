package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;
import se.samsyn.run.StatementTable;

/** {@code samsyn group} over survey answers in CSV and JSON Lines. */
class GroupCommandTest {
  @TempDir
  Path work;

  private Map<String, Map<String, String>> byId(Path file) throws IOException {
    return OutputTables.read(file).stream().collect(Collectors.toMap(r -> r.get("statement_id"), r -> r));
  }

  @Test
  void labelsSurveyAnswersFromASemicolonCsvWithBom() throws IOException {
    Path input = work.resolve("svar.csv");
    Files.writeString(input, "\uFEFFrespondent;svar;kommun\n"
        + "r1;Vi behöver fler mötesplatser och regelbundna samtal mellan regionen och föreningarna;Ö\n"
        + "r2;Fleråriga bidrag skulle ge oss arbetsro och möjlighet att planera långsiktigt;Å\n"
        + "r3;Vi vill ha mer dialog (Principen om öppenhet och insyn);Ä\n"
        + "r4;\"=HYPERLINK(\"\"http://x\"\",\"\"klicka\"\")\";Ö\n", StandardCharsets.UTF_8);
    Path out = work.resolve("out/grupper.csv");

    CliRun run = CliRun.of("group", "--input", input.toString(), "--text-column", "svar", "--id-column", "respondent",
        "--out", out.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(StatementTable.COLUMNS, List.copyOf(OutputTables.read(out).getFirst().keySet()));
    Map<String, Map<String, String>> rows = byId(out);
    assertEquals(4, rows.size());
    assertEquals("dialogue", rows.get("r1").get("top_principle"));
    assertEquals("classifier", rows.get("r1").get("method"));
    assertFalse(rows.get("r1").get("evidence").isBlank());
    assertEquals("long_term", rows.get("r2").get("top_principle"));
    assertEquals("inline", rows.get("r3").get("method"));
    assertEquals("openness", rows.get("r3").get("principles"));
    assertEquals("other", rows.get("r4").get("principles"));
    assertTrue(run.err().contains("4 statements"), run.err());
  }

  @Test
  void readsAWindows1252SemicolonCsvAsRunDoesDetectingTheTextColumn() throws IOException {
    Path input = work.resolve("enkat-1252.csv");
    Files.write(input, ("Nr;Förening;Vad är viktigast för samverkan framåt?;Kommun\r\n"
        + "7;Föreningen Åkervägen;Fleråriga bidrag så att vi kan planera verksamheten långsiktigt;Älvby\r\n"
        + "8;Öppna gården;Regelbundna dialogmöten där vi får återkoppling på våra synpunkter;Åsby\r\n")
        .getBytes(Charset.forName("windows-1252")));
    Path out = work.resolve("enkat-1252-grupper.csv");

    CliRun run = CliRun.of("group", "--input", input.toString(), "--id-column", "nr", "--out", out.toString());

    assertEquals(0, run.exitCode(), run.err());
    Map<String, Map<String, String>> rows = byId(out);
    assertEquals(List.of("7", "8"), rows.keySet().stream().sorted().toList());
    assertEquals("Fleråriga bidrag så att vi kan planera verksamheten långsiktigt", rows.get("7").get("text"));
    assertEquals("voice", rows.get("7").get("kind"));
    assertEquals("long_term", rows.get("7").get("top_principle"));
    assertEquals("dialogue", rows.get("8").get("top_principle"));
  }

  @Test
  void readsAnXlsxWorkbookAsRunDoes() throws IOException {
    Path input = work.resolve("enkat.xlsx");
    try (Workbook workbook = new XSSFWorkbook(); OutputStream file = Files.newOutputStream(input)) {
      Sheet sheet = workbook.createSheet("Svar");
      String[][] cells = {{"respondent", "Vad är viktigast för samverkan framåt?"},
          {"a1", "Fleråriga bidrag så att vi kan planera verksamheten långsiktigt"},
          {"a2", "Regelbundna dialogmöten där vi får återkoppling på våra synpunkter"}};
      for (int r = 0; r < cells.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      workbook.write(file);
    }
    Path out = work.resolve("enkat-xlsx-grupper.csv");

    CliRun run = CliRun.of("group", "--input", input.toString(), "--id-column", "respondent", "--out", out.toString());

    assertEquals(0, run.exitCode(), run.err());
    Map<String, Map<String, String>> rows = byId(out);
    assertEquals(List.of("a1", "a2"), rows.keySet().stream().sorted().toList());
    assertEquals("Regelbundna dialogmöten där vi får återkoppling på våra synpunkter", rows.get("a2").get("text"));
    assertEquals("dialogue", rows.get("a2").get("top_principle"));
  }

  @Test
  void jsonLinesWithABrokenLineReportsItAndLabelsTheRest() throws IOException {
    Path input = work.resolve("svar.jsonl");
    Files.writeString(input, """
        {"text": "Vi måste kunna kritisera regionen utan att riskera vårt bidrag"}
        {"text": "oavslutad
        {"svar": "fel fält"}

        {"text": "Det är svårt att veta vem som har mandat att fatta beslut"}
        """, StandardCharsets.UTF_8);
    Path out = work.resolve("grupper.csv");

    CliRun run = CliRun.of("group", "--input", input.toString(), "--out", out.toString());

    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("line 2") && run.err().contains("line 3"), run.err());
    Map<String, Map<String, String>> rows = byId(out);
    assertEquals(List.of("1", "5"), rows.keySet().stream().sorted().toList());
    assertEquals("independence", rows.get("1").get("top_principle"));
  }

  @Test
  void learnsFromTheStructureOfAnEarlierRun() throws IOException {
    Path run = work.resolve("run");
    assertEquals(0, CliRun.of("run", TestMaterial.sample().toString(), "--out", run.toString(), "--quiet").exitCode());
    Path input = work.resolve("svar.csv");
    Files.writeString(input, "id,text\n1,Fler mötesplatser där vi kan prata med varandra\n", StandardCharsets.UTF_8);
    Path out = work.resolve("grupper.csv");

    CliRun group = CliRun.of("group", "--input", input.toString(), "--learn-from", run.toString(), "--out", out.toString());

    assertEquals(0, group.exitCode(), group.err());
    assertEquals("dialogue", byId(out).get("1").get("top_principle"));
  }

  @Test
  void learnsFromTheReviewCodingsOfAnEarlierRun() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("anteckningar.txt"), "Anteckningar\n\nGröna bussar till fritidsgården varje fredag\n\n"
        + "Vi vill ha fler möten med kommunen\n", StandardCharsets.UTF_8);
    Path run = work.resolve("run");
    assertEquals(0, CliRun.of("run", in.toString(), "--out", run.toString(), "--quiet").exitCode());
    String bus = OutputTables.read(run.resolve("statements.csv")).stream()
        .filter(s -> s.get("text").startsWith("Gröna bussar")).findFirst().orElseThrow().get("statement_id");
    Path input = work.resolve("svar.csv");
    Files.writeString(input, "id,text\n1,Fler bussar till fritidsgården på helgerna\n", StandardCharsets.UTF_8);
    Path out = work.resolve("grupper.csv");
    CliRun before = CliRun.of("group", "--input", input.toString(), "--learn-from", run.toString(), "--out", out.toString());
    assertEquals(0, before.exitCode(), before.err());
    assertTrue(!byId(out).get("1").get("principles").contains("long_term"), byId(out).toString());

    Files.createDirectories(run.resolve("review"));
    Files.writeString(run.resolve("review/codings.csv"), "statement_id,principles\n" + bus + ",long_term\ngone-1,dialogue\n");
    CliRun group = CliRun.of("group", "--input", input.toString(), "--learn-from", run.toString(), "--out", out.toString());

    assertEquals(0, group.exitCode(), group.err());
    assertTrue(group.err().contains("learning from 1 review codings"), group.err());
    assertTrue(group.err().contains("gone-1: no such statement"), group.err());
    assertEquals("long_term", byId(out).get("1").get("top_principle"));
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    Path input = work.resolve("svar.csv");
    Files.writeString(input, "id,svar\n1,Mer dialog\n", StandardCharsets.UTF_8);
    Path out = work.resolve("grupper.csv");

    CliRun noColumn = CliRun.of("group", "--input", input.toString(), "--text-column", "text", "--out", out.toString());
    assertEquals(2, noColumn.exitCode());
    assertTrue(noColumn.err().contains("no column 'text'") && noColumn.err().contains("svar"), noColumn.err());
    assertEquals(2, CliRun.of("group", "--input", work.resolve("saknas.csv").toString(), "--out", out.toString()).exitCode());
    Path pdf = Files.writeString(work.resolve("svar.pdf"), "x");
    assertEquals(2, CliRun.of("group", "--input", pdf.toString(), "--out", out.toString()).exitCode());
    CliRun badRun = CliRun.of("group", "--input", input.toString(), "--text-column", "svar",
        "--learn-from", work.toString(), "--out", out.toString());
    assertEquals(2, badRun.exitCode());
    assertTrue(badRun.err().contains("statements.csv"), badRun.err());
    assertFalse(Files.exists(out));
  }
}
