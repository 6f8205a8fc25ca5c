package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;

/** {@code samsyn run ../shared/corpus} puts the real documents' statements under their principles. */
@Tag("shared-corpus")
class GroupingSharedCorpusTest {
  private static final Pattern PRINCIPLE_HEADING = Pattern.compile("^[1-8]\\. .*");

  @TempDir
  static Path out;
  static List<Map<String, String>> statements;
  static CliRun run;

  @BeforeAll
  static void runOnSharedCorpus() throws IOException {
    run = CliRun.of("run", SharedCorpus.folder().toString(), "--out", out.toString(), "--quiet");
    statements = OutputTables.read(out.resolve("statements.csv"));
  }

  @Test
  void everyStatementUnderAPrincipleHeadingOf000IsLabelledWithIt() {
    List<String> ids = List.of("independence", "dialogue", "quality", "long_term", "openness", "diversity",
        "innovation", "clarity");
    List<Map<String, String>> underHeadings = statements.stream()
        .filter(s -> s.get("source").contains("000_") && PRINCIPLE_HEADING.matcher(s.get("section")).matches())
        .toList();
    assertTrue(underHeadings.size() > 300, "000 has over 300 statements under its eight headings");
    for (Map<String, String> s : underHeadings) {
      String expected = ids.get(s.get("section").charAt(0) - '1');
      assertEquals(expected, s.get("principles"), s.get("statement_id"));
      assertEquals("heading", s.get("method"), s.get("statement_id"));
    }
  }

  @Test
  void commitmentsOf004AreLabelledFromTheirParenthesesWhichLeaveTheText() {
    List<Map<String, String>> inline = statements.stream()
        .filter(s -> s.get("source").contains("004_") && s.get("method").equals("inline")).toList();
    assertEquals(13, inline.size(), "004's commitments ending in (Principen/Principerna om …)");
    for (Map<String, String> s : inline) {
      assertFalse(s.get("text").contains("(Princip"), s.get("text"));
      assertFalse(s.get("principles").isEmpty());
    }
    assertTrue(inline.stream().anyMatch(s -> s.get("principles").equals("dialogue;long_term;diversity")));
    assertTrue(statements.stream().noneMatch(s -> s.get("text").contains("(Princip")));
  }

  @Test
  void everyStatementHasAMethodAndOtherStatementsMayHaveThemes() throws IOException {
    for (Map<String, String> s : statements) {
      assertTrue(List.of("heading", "inline", "classifier").contains(s.get("method")), s.toString());
      assertFalse(s.get("top_principle").isEmpty());
      if (!s.get("theme").isEmpty()) {
        assertEquals("other", s.get("top_principle"));
        assertEquals("voice", s.get("kind"), "themes are made of participants' voices only: " + s);
      }
    }
    // Every workshop voice of the shared corpus stands under a principle heading, so there may be none.
    List<Map<String, String>> themes = OutputTables.read(out.resolve("emerging_themes.csv"));
    assertEquals(themes.size(), statements.stream().map(s -> s.get("theme")).filter(t -> !t.isEmpty()).distinct()
        .count());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void evalScoresStructureAndTheClassifierBesideTheBaselinesAsTextAndJson() throws IOException {
    String gold = Path.of("..", "corpus", "gold", "principles.csv").toAbsolutePath().normalize().toString();
    CliRun json = CliRun.of("eval", "--gold", gold, "--run", out.toString(), "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode sets = new ObjectMapper().readTree(json.out()).get("sets");
    int goldItems = Files.readAllLines(Path.of(gold)).size() - 1;
    assertEquals(goldItems, sets.get("all").get("structure").get("items").asInt(), "every gold statement is in the run");
    for (String set : List.of("all", "000-headings", "001-descriptions", "004-descriptions", "004-commitments")) {
      for (String method : List.of("structure", "samsyn", "keywords", "tfidf-centroid", "mallet-maxent")) {
        JsonNode m = sets.get(set).get(method);
        int confused = 0;
        for (JsonNode row : m.get("confusion")) {
          for (JsonNode count : row) {
            confused += count.asInt();
          }
        }
        assertEquals(m.get("items").asInt(), confused, set + " " + method + ": the confusion matrix counts every item");
      }
    }
    assertTrue(sets.get("all").get("structure").get("top1_accuracy").asDouble() >= 0.99);
    for (String descriptions : List.of("001-descriptions", "004-descriptions")) {
      assertTrue(sets.get(descriptions).get("samsyn").get("top1_accuracy").asDouble() >= 0.90, descriptions);
    }
    double samsyn = sets.get("000-headings").get("samsyn").get("top1_accuracy").asDouble();
    for (String baseline : List.of("keywords", "tfidf-centroid", "mallet-maxent")) {
      assertTrue(samsyn > sets.get("000-headings").get(baseline).get("top1_accuracy").asDouble(), baseline);
    }

    CliRun text = CliRun.of("eval", "--gold", gold, "--run", out.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("000-headings       samsyn"), text.out());
    assertTrue(text.out().contains("per principle") && text.out().contains("confusion"), text.out());
  }
}
