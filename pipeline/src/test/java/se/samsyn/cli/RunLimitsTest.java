package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;

/**
 * Oversized files and malformed CSV are reported and the rest of the batch is processed; a run out of
 * memory says so and leaves the earlier outputs.
 */
class RunLimitsTest {
  @TempDir
  Path work;

  @Test
  void oversizedAndMalformedFilesAreReportedAndTheRestIsProcessed() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("stor.txt"), "Mer dialog behövs i hela länet.\n\n".repeat(40_000), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("trasig.csv"), "id,svar\n1,\"Citattecknet tar aldrig slut\n2,Mer dialog\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("bra.txt"), "1. Dialog\n\nTräffas oftare i mindre grupper\n", StandardCharsets.UTF_8);
    Path out = work.resolve("out");

    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet", "--max-file-size", "1");

    assertEquals(3, run.exitCode(), run.err());
    Map<String, String> reasons = new java.util.HashMap<>();
    for (Map<String, String> error : OutputTables.read(out.resolve("errors.csv"))) {
      reasons.put(Path.of(error.get("source")).getFileName().toString(), error.get("reason"));
    }
    assertEquals(2, reasons.size(), reasons.toString());
    assertTrue(reasons.get("stor.txt").contains("larger than the size limit of 1 MB"), reasons.toString());
    assertTrue(reasons.get("trasig.csv").contains("malformed CSV"), reasons.toString());
    List<Map<String, String>> statements = OutputTables.read(out.resolve("statements.csv"));
    assertEquals(List.of("Träffas oftare i mindre grupper"), statements.stream().map(s -> s.get("text")).toList());
    assertTrue(run.err().contains("stor.txt") && run.err().contains("trasig.csv"), run.err());
  }

  @Test
  void aRunOutOfMemoryEndsWithAClearMessageAndExit1AndLeavesTheEarlierOutputs() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("bra.txt"), "1. Dialog\n\nTräffas oftare i mindre grupper\n", StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    assertEquals(0, CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet").exitCode());
    String before = Files.readString(out.resolve("statements.csv"));
    Files.writeString(in.resolve("mer.txt"), "2. Kvalitet\n\nUppföljning sker varje år\n", StandardCharsets.UTF_8);

    try (CliProcess starved = CliProcess.start(List.of(), List.of("-Xmx64m"), "run", in.toString(), "--out",
        out.toString(), "--quiet")) {
      assertEquals(1, starved.exitCode(), starved.err());
      assertTrue(starved.err().contains("samsyn: out of memory: the Java heap (at most"), starved.err());
      assertFalse(starved.err().contains("Exception in thread"), starved.err());
    }
    assertEquals(before, Files.readString(out.resolve("statements.csv")));
  }
}
