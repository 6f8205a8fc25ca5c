package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.run.StatementTable;

/** {@code samsyn search} run in-process over an index written by {@code samsyn run}. */
class SearchCommandTest {
  @TempDir
  static Path work;
  static Path out;

  @BeforeAll
  static void runOverNotes() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("anteckningar.txt"), """
        Anteckningar från 2 april 2024

        1. Kvalitet

        Kvalitetsarbetet behöver följas upp varje år

        Kvalitén varierar mellan föreningarna

        2. Självständighet och oberoende

        Föreningarna ska vara självständiga och kritiska
        """, StandardCharsets.UTF_8);
    out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void textOutputMarksMatchesAndShowsContext() {
    CliRun search = CliRun.of("search", "kvalitet", "--index", out.toString());
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().startsWith("kvalitet: 2 statements"), search.out());
    assertTrue(search.out().contains("«Kvalitetsarbetet» behöver följas upp varje år"), search.out());
    assertTrue(search.out().contains("«Kvalitén» varierar"), search.out());
    assertTrue(search.out().contains("1. Kvalitet"), search.out());
    assertTrue(search.out().contains("anteckningar.txt"), search.out());
  }

  @Test
  void aQueryWithoutHitsSuggestsAWordOfTheIndex() throws IOException {
    CliRun text = CliRun.of("search", "förenigarna", "--index", out.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().startsWith("förenigarna: 0 statements\nDid you mean: föreningarna\n"), text.out());
    JsonNode json = json(CliRun.of("search", "kritisk förenigarna", "--index", out.toString(), "--format", "json"));
    assertEquals("kritisk föreningarna", json.get("did_you_mean").asText());
    assertFalse(json(CliRun.of("search", "kvalitet", "--index", out.toString(), "--format", "json"))
        .has("did_you_mean"));
  }

  @Test
  void jsonOutputHasTheDocumentedShape() throws IOException {
    CliRun search = CliRun.of("search", "oberoende", "--index", out.resolve("index").toString(),
        "--format", "json", "--limit", "5");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().endsWith(System.lineSeparator()), search.out());
    JsonNode root = new ObjectMapper().readTree(search.out());
    assertEquals(List.of("query", "total", "facets", "hits"), names(root));
    assertEquals("oberoende", root.get("query").asText());
    assertEquals(List.of("principle", "kind", "document", "organisation", "year"), names(root.get("facets")));
    assertEquals(1, root.get("facets").get("year").get("2024").asInt());
    JsonNode hit = root.get("hits").get(0);
    assertEquals(List.of("statement_id", "document_id", "source", "title", "section", "location", "speaker",
        "kind", "date", "text", "highlight", "principles", "score"), names(hit));
    assertEquals("2024-04-02", hit.get("date").asText());
    assertTrue(hit.get("highlight").asText().contains("<mark>"), hit.toString());
    assertTrue(hit.get("principles").isArray());
    assertEquals(root.get("total").asInt(), root.get("hits").size());
  }

  @Test
  void csvOutputHasOneRowPerHit() {
    CliRun search = CliRun.of("search", "\"följas upp\"", "--index", out.toString(), "--format", "csv");
    assertEquals(0, search.exitCode(), search.err());
    String[] lines = search.out().split("\r\n");
    assertEquals(String.join(",", StatementTable.COLUMNS) + ",search_score", lines[0]);
    assertEquals(2, lines.length, search.out());
    assertTrue(lines[1].contains("följas upp") && !lines[1].contains("<mark>"), lines[1]);
  }

  @Test
  void kindFilterKeepsOnlyThatKind() throws IOException {
    JsonNode all = json(CliRun.of("search", "oberoende", "--index", out.toString(), "--format", "json"));
    for (String kind : List.of("voice", "official")) {
      JsonNode only = json(CliRun.of("search", "oberoende", "--index", out.toString(), "--format", "json",
          "--kind", kind.toUpperCase(java.util.Locale.ROOT)));
      assertEquals(all.get("facets").get("kind").path(kind).asInt(), only.get("total").asInt(), kind);
      only.get("hits").forEach(hit -> assertEquals(kind, hit.get("kind").asText(), hit.toString()));
    }
    CliRun bad = CliRun.of("search", "oberoende", "--index", out.toString(), "--kind", "röst");
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("a kind is voice, official, prompt or heading, not 'röst'"), bad.err());
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void principleFilterTakesANameAndNoExpandTurnsExpansionOff() {
    CliRun expanded = CliRun.of("search", "oberoende", "--index", out.toString(), "--format", "csv");
    CliRun direct = CliRun.of("search", "oberoende", "--index", out.toString(), "--format", "csv", "--no-expand");
    assertTrue(expanded.out().contains("självständiga och kritiska"), expanded.out());
    assertTrue(!direct.out().contains("självständiga och kritiska"), direct.out());
    CliRun filtered = CliRun.of("search", "kvalitet", "--index", out.toString(), "--principle", "Kvalité");
    assertEquals(0, filtered.exitCode(), filtered.err());
    assertTrue(filtered.out().contains("principles: quality"), filtered.out());
    assertTrue(filtered.out().lines().filter(l -> l.contains("principles:"))
        .allMatch(l -> l.contains("quality")), filtered.out());
  }

  @Test
  void badQueriesAndOptionsAreUsageErrors() {
    assertUsageError(CliRun.of("search", "\"ömsesidig respekt", "--index", out.toString()),
        "samsyn: cannot read the query: a closing quotation mark is missing");
    assertUsageError(CliRun.of("search", "dialog", "--index", work.resolve("nowhere").toString()),
        "samsyn: no search index in");
    assertUsageError(CliRun.of("search", "dialog", "--index", out.toString(), "--format", "xml"), "--format");
    assertUsageError(CliRun.of("search", "dialog", "--index", out.toString(), "--from", "2024-13-01"), "--from");
    assertUsageError(CliRun.of("search", "dialog", "--index", out.toString(), "--from", "2024-05-01",
        "--to", "2024-01-01"), "after");
    assertUsageError(CliRun.of("search", "dialog", "--index", out.toString(), "--principle", "fika"),
        "unknown principle 'fika'");
    assertUsageError(CliRun.of("search", "dialog", "--index", out.toString(), "--limit", "0"), "--limit");
    assertUsageError(CliRun.of("search", "dialog"), "--index");
  }

  private static void assertUsageError(CliRun run, String message) {
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("samsyn: ") && run.err().contains(message), run.err());
    assertTrue(run.err().contains("--help"), run.err());
    assertEquals("", run.out());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
