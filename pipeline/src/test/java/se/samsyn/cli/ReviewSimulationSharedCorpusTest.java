package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samsyn eval --simulate-review} on the real documents and their gold labels. */
@Tag("shared-corpus")
class ReviewSimulationSharedCorpusTest {
  private static final Path GOLD = Path.of("").toAbsolutePath().getParent().resolve("corpus/gold/principles.csv");

  @TempDir
  Path out;

  @Test
  void withNothingReviewedBothOrdersScoreAlikeAndReviewedStatementsLeaveTheRest() throws IOException {
    CliRun run = CliRun.of("run", SharedCorpus.folder().toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    java.util.Map<String, Long> goldPerSet = java.nio.file.Files.readAllLines(GOLD).stream().skip(1)
        .map(line -> line.split(",")[1]).collect(java.util.stream.Collectors.groupingBy(set -> set,
            java.util.stream.Collectors.counting()));
    CliRun simulated = CliRun.of("eval", "--gold", GOLD.toString(), "--run", out.toString(), "--format", "json",
        "--simulate-review", "0,10,25,50");
    assertEquals(0, simulated.exitCode(), simulated.err());

    ObjectMapper json = new ObjectMapper();
    JsonNode sets = json.readTree(simulated.out()).get("sets");
    for (String set : new String[] {"000-headings", "001-descriptions"}) {
      JsonNode none = sets.get(set).get(0);
      assertEquals(0, none.get("reviewed").asInt());
      assertTrue(none.get("queue_top1").asDouble() > 0.4, set + " " + none);
      assertEquals(none.get("queue_top1").asDouble(), none.get("random_top1").asDouble(), 1e-9, set);
      assertEquals(goldPerSet.get(set).intValue(), none.get("queue_items").asInt(), set);
    }
    JsonNode ten = sets.get("000-headings").get(1);
    assertEquals(10, ten.get("reviewed").asInt());
    assertEquals(333 - 10, ten.get("queue_items").asInt(), "the reviewed statements are left out of the score");
    assertEquals(333 - 10, ten.get("random_items").asInt());
    // after 10 of 333 reviews the queue can still be level with a random order; from 25 on it leads
    assertTrue(ten.get("queue_top1").asDouble() >= ten.get("random_top1").asDouble(),
        "the review queue's order is no worse than a random one: " + ten);
    for (JsonNode reviewed : List.of(sets.get("000-headings").get(2), sets.get("000-headings").get(3))) {
      assertTrue(reviewed.get("queue_top1").asDouble() > reviewed.get("random_top1").asDouble(),
          "the review queue's order beats a random one: " + reviewed);
    }
    JsonNode fifty = sets.get("000-headings").get(3);
    assertEquals(50, fifty.get("reviewed").asInt());
    assertTrue(fifty.get("queue_top1").asDouble() >= 0.70, "000 blind after 50 reviews: " + fifty);
  }

  @Test
  void aNegativeCountIsAUsageError() {
    CliRun run = CliRun.of("eval", "--gold", GOLD.toString(), "--run", out.toString(), "--simulate-review", "10,-1");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--simulate-review takes counts of 0 or more"), run.err());
  }
}
