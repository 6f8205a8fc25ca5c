package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;
import se.samsyn.core.Json;
import se.samsyn.group.Classifiers;

/** {@code samsyn regroup} and the review options of {@code samsyn serve}: what goes wrong and what is reported. */
class RegroupCommandTest {
  @TempDir
  Path work;

  @Test
  void aFolderThatIsNoRunIsAUsageError() {
    CliRun run = CliRun.of("regroup", work.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("holds no run.json"), run.err());
  }

  @Test
  void codingsThatNoLongerFitAreReportedAndTheRestApplied() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("anteckningar.txt"), "Anteckningar\n\nVi vill ha fler möten med kommunen\n\n"
        + "Protokollen bör publiceras öppet\n", StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    assertEquals(0, CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet").exitCode());
    List<Map<String, String>> statements = OutputTables.read(out.resolve("statements.csv"));
    String meetings = statements.stream().filter(s -> s.get("text").startsWith("Vi vill")).findFirst().orElseThrow()
        .get("statement_id");
    String minutes = statements.stream().filter(s -> s.get("text").startsWith("Protokollen")).findFirst().orElseThrow()
        .get("statement_id");
    Files.createDirectories(out.resolve("review"));
    Files.writeString(out.resolve("review/codings.csv"), "statement_id,principles,text_sha256\n"
        + meetings + ",dialogue;diversity,\n" + minutes + ",openness," + "0".repeat(64) + "\n" + "gone-7,quality,\n"
        + meetings + ",\n");

    CliRun regroup = CliRun.of("regroup", out.toString());

    assertEquals(3, regroup.exitCode(), regroup.err());
    assertTrue(regroup.err().contains("1 review codings applied"), regroup.err());
    assertTrue(regroup.err().contains(minutes + ": its text changed since it was coded"), regroup.err());
    assertTrue(regroup.err().contains("gone-7: no such statement in the run"), regroup.err());
    assertTrue(regroup.err().contains("line 5: no principles"), regroup.err());
    Map<String, String> row = OutputTables.read(out.resolve("statements.csv")).stream()
        .filter(s -> s.get("statement_id").equals(meetings)).findFirst().orElseThrow();
    assertEquals("human", row.get("method"));
    assertEquals("dialogue;diversity", row.get("principles"));
    assertTrue(Files.readString(out.resolve("review/codings.csv")).contains("gone-7"), "the file is never rewritten");

    CliRun rerun = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, rerun.exitCode(), rerun.err());
    assertTrue(rerun.err().contains("1 review codings applied"), rerun.err());
  }

  @Test
  void aRegroupKeepsTheClassifierTheRunWasGroupedWithUnlessToldOtherwise() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("anteckningar.txt"), "Anteckningar\n\nVi vill ha fler möten med kommunen\n",
        StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    assertEquals(0, CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet", "--classifier", "naive-bayes")
        .exitCode());

    assertEquals(0, CliRun.of("regroup", out.toString()).exitCode());
    assertEquals("naive-bayes", grouping(out).path("classifier").asText());
    double ownThreshold = Classifiers.runCalibration("naive-bayes").minConfidence();
    double defaultThreshold = Classifiers.runCalibration(Classifiers.DEFAULT).minConfidence();
    assertNotEquals(defaultThreshold, ownThreshold, "the test needs classifiers of different thresholds");
    assertEquals(ownThreshold, grouping(out).path("min_confidence").asDouble());

    assertEquals(0, CliRun.of("regroup", out.toString(), "--classifier", Classifiers.DEFAULT).exitCode());
    assertEquals(Classifiers.DEFAULT, grouping(out).path("classifier").asText());
    assertEquals(defaultThreshold, grouping(out).path("min_confidence").asDouble());
  }

  private static JsonNode grouping(Path out) throws IOException {
    return Json.MAPPER.readTree(out.resolve("run.json").toFile()).path("settings").path("grouping");
  }

  @Test
  void aMalformedTokenIsAUsageError() {
    CliRun run = CliRun.of("serve", "--index", work.toString(), "--token", "kort");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--token"), run.err());
  }
}
