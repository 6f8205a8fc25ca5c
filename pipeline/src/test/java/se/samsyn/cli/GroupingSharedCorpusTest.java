package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;
import se.samsyn.group.Classifiers;

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
  void evalScoresTheDefaultClassifierBesideThePeerByNestedLeaveOneDocumentOut(@TempDir Path work) throws IOException {
    String gold = Path.of("..", "corpus", "gold", "principles.csv").toAbsolutePath().normalize().toString();
    Path offTopic = Path.of("..", "corpus", "gold", "off-topic").toAbsolutePath().normalize();
    Path table = work.resolve("GROUPING.md");
    Files.writeString(table, "# Table\n" + EvalCommand.TABLE_START + "\nold\n" + EvalCommand.TABLE_END + "\nafter\n");
    CliRun json = CliRun.of("eval", "--gold", gold, "--run", out.toString(), "--format", "json",
        "--methods", Classifiers.DEFAULT + ",tfidf-logistic,keywords",
        "--off-topic", offTopic.resolve("workshop-practicalities.txt").toString(),
        "--off-topic", offTopic.resolve("survey-comments.txt").toString(),
        "--off-topic", offTopic.resolve("everyday-remarks.txt").toString(), "--write-table", table.toString());
    assertEquals(0, json.exitCode(), json.err());
    JsonNode root = new ObjectMapper().readTree(json.out());
    JsonNode sets = root.get("sets");
    int goldItems = Files.readAllLines(Path.of(gold)).size() - 1;
    assertEquals(goldItems, sets.get("all").get("structure").get("items").asInt(), "every gold statement is in the run");
    assertTrue(sets.get("all").get("structure").get("top1_accuracy").asDouble() >= 0.99);
    for (String descriptions : List.of("001-descriptions", "004-descriptions")) {
      assertTrue(sets.get(descriptions).get(Classifiers.DEFAULT).get("top1_accuracy").asDouble() >= 0.90, descriptions);
    }
    JsonNode blind = sets.get("000-headings");
    double logistic = blind.get(Classifiers.DEFAULT).get("top1_accuracy").asDouble();
    assertTrue(logistic >= 0.60, "000's notes read in their passage without headings: " + logistic);
    assertTrue(logistic >= blind.get("tfidf-logistic").get("top1_accuracy").asDouble(), "at least the peer on 000 blind");
    assertTrue(sets.get("004-commitments").get(Classifiers.DEFAULT).get("top1_accuracy").asDouble() >= 0.60,
        "004's commitments with their inline labels hidden");
    assertTrue(logistic > blind.get("keywords").get("top1_accuracy").asDouble());
    JsonNode all = sets.get("all");
    assertTrue(all.get(Classifiers.DEFAULT).get("accuracy_with_other").asDouble()
        >= all.get("tfidf-logistic").get("accuracy_with_other").asDouble(), "at least the peer as a run writes it");
    JsonNode interval = blind.get(Classifiers.DEFAULT);
    assertTrue(interval.get("top1_ci_low").asDouble() < logistic && logistic < interval.get("top1_ci_high").asDouble());
    assertTrue(interval.get("selective_at_50").asDouble() > interval.get("selective_at_100").asDouble(),
        "the most confident half is placed better than all");
    assertEquals(36, sets.get("off-topic").get(Classifiers.DEFAULT).get("items").asInt());
    assertTrue(sets.get("off-topic").get(Classifiers.DEFAULT).get("given_a_principle").asDouble() <= 1 / 3.0,
        "off-topic remarks mostly abstain");
    assertTrue(root.get("chosen").get(Classifiers.DEFAULT).has("all"), "the settings a run should use are reported");

    String written = Files.readString(table);
    assertTrue(written.startsWith("# Table\n" + EvalCommand.TABLE_START + "\n| set | method |"), written);
    assertTrue(written.endsWith(EvalCommand.TABLE_END + "\nafter\n") && !written.contains("\nold\n"), written);

    Path predictions = work.resolve("predictions.csv");
    CliRun text = CliRun.of("eval", "--gold", gold, "--run", out.toString(), "--methods", "keywords",
        "--off-topic", offTopic.resolve("survey-comments.txt").toString(), "--predictions", predictions.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("000-headings       keywords"), text.out());
    assertTrue(text.out().contains("per principle") && text.out().contains("confusion"), text.out());

    List<Map<String, String>> predicted = OutputTables.read(predictions);
    List<String> remarks = Files.readAllLines(offTopic.resolve("survey-comments.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertEquals(goldItems + remarks.size(), predicted.size(), "one row per gold item and remark");
    Map<String, String> statementTexts = new HashMap<>();
    OutputTables.read(out.resolve("statements.csv")).forEach(s -> statementTexts.put(s.get("statement_id"), s.get("text")));
    for (Map<String, String> row : predicted) {
      assertEquals("keywords", row.get("method"));
      boolean remark = row.get("set").equals("off-topic");
      assertEquals(remark ? remarks.get(Integer.parseInt(row.get("statement_id").replaceAll(".*#", "")) - 1)
          : statementTexts.get(row.get("statement_id")), row.get("text"), row.toString());
      assertEquals(List.of(row.get("gold").split(";")).contains(row.get("written")), Boolean.parseBoolean(row.get("right")));
      assertTrue(row.get("written").equals(row.get("predicted")) || row.get("written").equals("other"), row.toString());
    }
    long right = predicted.stream().filter(r -> !r.get("set").equals("off-topic") && r.get("right").equals("true")).count();
    double withOther = new ObjectMapper().readTree(CliRun.of("eval", "--gold", gold, "--run", out.toString(),
        "--methods", "keywords", "--off-topic", offTopic.resolve("survey-comments.txt").toString(), "--format", "json").out()).get("sets").get("all").get("keywords").get("accuracy_with_other").asDouble();
    assertEquals(withOther, right / (double) goldItems, 1e-9, "the rows are the predictions the table counts");
  }

  @Test
  void evalScoresADocumentByItsOwnStructureWithItsHeadingsHidden() throws IOException {
    String document = "001_dabac0e6f6536ac0.txt";
    long expected = OutputTables.read(out.resolve("statements.csv")).stream()
        .filter(s -> s.get("source").endsWith("/" + document))
        .filter(s -> List.of("heading", "inline").contains(s.get("method")) && !s.get("principles").equals("other"))
        .filter(s -> !List.of("heading", "prompt").contains(s.get("kind")))
        .count();
    assertTrue(expected >= 20, "001 has its principles under headings: " + expected);

    CliRun json = CliRun.of("eval", "--structure-gold", "001_*.txt", "--run", out.toString(), "--methods", "keywords",
        "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode sets = new ObjectMapper().readTree(json.out()).get("sets");
    assertEquals(expected, sets.get(document).get("keywords").get("items").asInt());
    assertEquals(1.0, sets.get(document).get("structure").get("top1_accuracy").asDouble(), "gold is what its structure said");
    assertTrue(sets.get(document).get("keywords").get("top1_accuracy").asDouble() < 1.0, "the keywords read without headings");

    String gold = Path.of("..", "corpus", "gold", "principles.csv").toAbsolutePath().normalize().toString();
    CliRun beside = CliRun.of("eval", "--gold", gold, "--structure-gold", "001_*.txt", "--run", out.toString(),
        "--methods", "keywords", "--format", "json");
    assertEquals(0, beside.exitCode(), beside.err());
    JsonNode besideSets = new ObjectMapper().readTree(beside.out()).get("sets");
    assertFalse(besideSets.has(document), "a document of the gold file keeps the file's items only");
    assertEquals(Files.readAllLines(Path.of(gold)).size() - 1, besideSets.get("all").get("keywords").get("items").asInt());

    CliRun none = CliRun.of("eval", "--gold", gold, "--structure-gold", "no-such-*.docx", "--run", out.toString());
    assertEquals(ExitCodes.USAGE, none.exitCode());
    assertTrue(none.err().contains("no-such-*.docx"), none.err());
    CliRun measurements = CliRun.of("eval", "--gold", gold, "--run", out.toString(), "--simulate-review", "0",
        "--predictions", out.resolve("p.csv").toString());
    assertEquals(ExitCodes.USAGE, measurements.exitCode());
    CliRun neither = CliRun.of("eval", "--run", out.toString());
    assertEquals(ExitCodes.USAGE, neither.exitCode());
    assertTrue(neither.err().contains("--structure-gold"), neither.err());
  }
}
