package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;

/** `samsyn run` over real files of every format plus corrupt, encrypted, empty and mislabelled ones. */
class RunFormatsAndBadInputTest {
  @TempDir
  static Path work;
  static CliRun run;
  static Path out;

  @BeforeAll
  static void runOnce() throws IOException {
    Path in = work.resolve("in");
    TestMaterial.writeAll(in);
    out = work.resolve("out");
    run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet", "--timeout", "60");
  }

  @Test
  void exitCodeSaysSomeInputsFailed() {
    assertEquals(3, run.exitCode(), run.err());
  }

  @Test
  void everyBadFileIsReportedWithAReason() throws IOException {
    List<Map<String, String>> errors = OutputTables.read(out.resolve("errors.csv"));
    Map<String, String> reasonByFile = errors.stream().collect(Collectors.toMap(
        e -> Path.of(e.get("source")).getFileName().toString(), e -> e.get("reason")));
    assertEquals(Set.copyOf(TestMaterial.BAD), reasonByFile.keySet(), errors.toString());
    assertTrue(reasonByFile.get("krypterad.pdf").contains("encrypted"), reasonByFile.toString());
    assertTrue(reasonByFile.get("tom.txt").contains("empty"), reasonByFile.toString());
    assertTrue(reasonByFile.get("binar.pdf").contains("not a valid PDF"), reasonByFile.toString());
    reasonByFile.values().forEach(reason -> assertFalse(reason.isBlank()));
  }

  @Test
  void everyGoodFileGivesStatements() throws IOException {
    Map<String, Map<String, String>> documents = OutputTables.read(out.resolve("documents.csv")).stream()
        .collect(Collectors.toMap(d -> Path.of(d.get("source")).getFileName().toString(), d -> d));
    for (String good : TestMaterial.GOOD) {
      Map<String, String> document = documents.get(good);
      assertTrue(Set.of("OK", "PARTIAL").contains(document.get("status")), good + ": " + document);
      assertTrue(Integer.parseInt(document.get("statements")) >= 2, good + ": " + document);
    }
  }

  @Test
  void headingsBecomeSectionPathsAndPrefixesBecomeSpeakers() throws IOException {
    Map<String, String> statement = statementOf("workshop.docx", "Träffas oftare i mindre grupper");
    assertEquals("1. Dialog > Sammanfattning från 12 mars", statement.get("section"));
    assertEquals("2024-03-12", statement.get("date"));
    Map<String, String> quote = statementOf("workshop.docx", "Dialogen ska vara regelbunden och öppen för alla föreningar.");
    assertEquals("Region Testland", quote.get("speaker"));
  }

  @Test
  void surveyAnswersAreStatementsWithTheirRow() throws IOException {
    for (String file : List.of("enkat.csv", "enkat.xlsx")) {
      Map<String, String> answer = statementOf(file, "Långsiktiga avtal i stället för ettåriga projekt.");
      assertEquals("row 3", answer.get("location"), file);
      assertEquals("Vad är viktigast för samverkan?", answer.get("section"), file);
      assertEquals("Idrottsalliansen", answer.get("speaker"), file);
      assertEquals("2024-05-03", answer.get("date"), file);
    }
  }

  @Test
  void slidesAreLocations() throws IOException {
    Map<String, String> bullet = statementOf("deck.pptx", "Gemensam värdegrund");
    assertEquals("slide 2", bullet.get("location"), "slide 1 is the title slide");
  }

  @Test
  void noStackTraceWithoutVerbose() {
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception in thread"), run.err());
  }

  private static Map<String, String> statementOf(String file, String text) throws IOException {
    return OutputTables.read(out.resolve("statements.csv")).stream()
        .filter(s -> s.get("source").endsWith("/" + file) && s.get("text").equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no statement '" + text + "' from " + file));
  }
}
