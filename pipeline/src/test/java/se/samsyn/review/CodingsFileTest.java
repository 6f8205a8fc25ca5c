package se.samsyn.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.models.Codebook;

class CodingsFileTest {
  @TempDir
  Path run;

  @Test
  void appendedCodingsReadBackAndTheLastLineOfAStatementWins() throws IOException {
    CodingsFile file = CodingsFile.of(run);
    file.append(new Coding("d-1", List.of("dialogue"), "Anna", "2026-12-06T07:00:00Z", Coding.sha256("Ett")));
    file.append(new Coding("d-2", List.of(), "Anna", "2026-12-06T07:00:01Z", ""));
    file.append(new Coding("d-1", List.of("quality", "openness"), "Bo", "2026-12-06T07:00:02Z", ""));
    List<String> lines = Files.readAllLines(run.resolve("review/codings.csv"));
    assertEquals("statement_id,principles,reviewer,coded_at,text_sha256", lines.get(0));
    assertEquals("d-2,other,Anna,2026-12-06T07:00:01Z,", lines.get(2));
    CodingsFile.Contents contents = file.read();
    assertEquals(List.of(), contents.problems());
    assertEquals(List.of("d-2", "d-1"), contents.codings().stream().map(Coding::statementId).toList());
    assertEquals(List.of("quality", "openness"), contents.codings().get(1).principles());
    assertEquals("Bo", contents.codings().get(1).reviewer());
    assertEquals(List.of(), contents.codings().get(0).principles(), "other is no principle");
  }

  @Test
  void aHandWrittenFileNeedsOnlyIdAndPrinciplesAndKeepsItsLinesWhenAppendedTo() throws IOException {
    Path csv = Files.createDirectories(run.resolve("review")).resolve("codings.csv");
    Files.writeString(csv, "principles,statement_id\n\"dialogue; quality\",d-1\n,d-2\nother;dialogue,d-3\nother,d-4",
        StandardCharsets.UTF_8);
    CodingsFile file = CodingsFile.of(run);
    CodingsFile.Contents before = file.read();
    assertEquals(List.of("d-1", "d-4"), before.codings().stream().map(Coding::statementId).toList());
    assertEquals(List.of("dialogue", "quality"), before.codings().get(0).principles());
    assertEquals(List.of(3L, 4L), before.problems().stream().map(CodingsFile.Problem::line).toList(),
        "an empty principles cell and 'other' with a principle are reported with their line numbers");

    file.append(new Coding("d-5", List.of("innovation"), "Cia", "2026-12-06T07:00:00Z", ""));
    Map<String, Coding> after = file.read().codings().stream()
        .collect(Collectors.toMap(Coding::statementId, Function.identity()));
    assertEquals(List.of("dialogue", "quality"), after.get("d-1").principles());
    assertEquals("Cia", after.get("d-5").reviewer());
    assertEquals(List.of(), after.get("d-4").principles());
    assertEquals("statement_id,principles,reviewer,coded_at,text_sha256", Files.readAllLines(csv).get(0));
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedWithItsName() throws IOException {
    Path csv = Files.createDirectories(run.resolve("review")).resolve("codings.csv");
    Files.writeString(csv, "id,label\nd-1,dialogue\n");
    IOException e = assertThrows(IOException.class, () -> CodingsFile.of(run).read());
    assertTrue(e.getMessage().contains("codings.csv") && e.getMessage().contains("statement_id"), e.getMessage());
  }

  @Test
  void writersOfTwoInstancesAtOnceLeaveOneWellFormedLinePerCoding() throws Exception {
    List<CodingsFile> writers = List.of(CodingsFile.of(run), CodingsFile.of(run));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int thread = 0; thread < 8; thread++) {
      int t = thread;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 40; i++) {
          writers.get(t % 2).append(new Coding("s-" + t + "-" + i, List.of("dialogue", "quality"), "Tab " + t,
              "2026-12-06T07:00:00Z", Coding.sha256("text " + i)));
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(Files.newBufferedReader(run.resolve("review/codings.csv"))).getRecords();
    assertEquals(1 + 8 * 40, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.size() == 5), "every line has the five columns");
    assertEquals(8 * 40, CodingsFile.of(run).read().codings().size());
  }

  @Test
  void codingsOfGoneOrChangedStatementsOrUnknownPrinciplesAreReportedNotApplied() throws IOException {
    CodingsFile file = CodingsFile.of(run);
    file.append(new Coding("d-1", List.of("dialogue"), "", "", Coding.sha256("Vi vill ha fler möten")));
    file.append(new Coding("d-2", List.of("quality"), "", "", Coding.sha256("Texten före ändringen")));
    file.append(new Coding("d-3", List.of("quality"), "", "", ""));
    file.append(new Coding("d-4", List.of("nosuch"), "", "", ""));
    file.append(new Coding("d-5", List.of(), "", "", ""));
    Map<String, String> texts = Map.of("d-1", "Vi vill ha fler möten", "d-2", "Texten efter ändringen",
        "d-4", "Något", "d-5", "Annat");
    AppliedCodings applied = AppliedCodings.check(file.read(), texts, Codebook.standard());
    assertEquals(Map.of("d-1", List.of("dialogue"), "d-5", List.of()), applied.human().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().principleIds())));
    assertEquals(3, applied.notApplied().size(), applied.notApplied().toString());
    assertTrue(applied.notApplied().get(0).startsWith("d-2: its text changed"), applied.notApplied().toString());
    assertTrue(applied.notApplied().get(1).startsWith("d-3: no such statement"), applied.notApplied().toString());
    assertTrue(applied.notApplied().get(2).contains("'nosuch'"), applied.notApplied().toString());
  }

  @Test
  void reviewerNamesThatASpreadsheetWouldRunAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Coding("d-1", List.of(), "=HYPERLINK(1)", "", ""));
    assertTrue(Coding.validReviewer("Anna Öberg"));
    assertTrue(Coding.validReviewer(""));
  }
}
