package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import se.samsyn.batch.OutputTables;
import se.samsyn.core.CodedStatement;
import se.samsyn.export.refi.QdpxExport;
import se.samsyn.export.refi.RefiQda;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.search.StatementIndex;

/**
 * The review loop on real material: 000 with its eight principle headings removed, so its notes are
 * classifier-coded; 50 of them coded by hand in {@code OUT/review/codings.csv} (the first 50 of the
 * review queue, with the principle their heading gave them in a run of the original), then
 * {@code samsyn regroup}.
 */
@Tag("shared-corpus")
class RegroupSharedCorpusTest {
  private static final int CODED = 50;
  private static final String REVIEWER = "Analytiker A";

  @TempDir
  Path work;

  @Test
  void handWrittenCodingsBecomeHumanEverywhereAndTheRestIsCodedBetter() throws IOException {
    Path original = work.resolve("original");
    CliRun first = CliRun.of("run", SharedCorpus.file("000_").toString(), "--out", original.toString(), "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    Map<String, String> truth = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Map<String, String> s : OutputTables.read(original.resolve("statements.csv"))) {
      if (s.get("method").equals("heading") && truth.put(s.get("text"), s.get("principles")) != null) {
        ambiguous.add(s.get("text"));
      }
    }
    ambiguous.forEach(truth::remove);

    Path in = Files.createDirectories(work.resolve("in"));
    String blind = Files.readAllLines(SharedCorpus.file("000_"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.matches("[1-8]\\. .*")).collect(Collectors.joining("\n"));
    Files.writeString(in.resolve("000-utan-rubriker.txt"), blind, StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), SharedCorpus.file("001_").toString(),
        SharedCorpus.file("004_").toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());

    Map<String, String> gold = new LinkedHashMap<>(); // statement id of the blind run → its heading's principle
    for (Map<String, String> s : OutputTables.read(out.resolve("statements.csv"))) {
      if (s.get("source").contains("000-utan-rubriker") && truth.containsKey(s.get("text"))) {
        assertEquals("classifier", s.get("method"), s.get("text"));
        gold.put(s.get("statement_id"), truth.get(s.get("text")));
      }
    }
    assertTrue(gold.size() > 250, "most of 000's notes are found again without their headings: " + gold.size());
    List<String> queue = OutputTables.read(out.resolve("review/queue.csv")).stream()
        .map(row -> row.get("statement_id")).filter(gold::containsKey).toList();
    List<String> coded = queue.subList(0, CODED);
    StringBuilder codings = new StringBuilder("statement_id,principles,reviewer\n");
    coded.forEach(id -> codings.append(id).append(',').append(gold.get(id)).append(',').append(REVIEWER).append('\n'));
    Files.createDirectories(out.resolve("review"));
    Files.writeString(out.resolve("review/codings.csv"), codings, StandardCharsets.UTF_8);
    double before = accuracy(out, gold, coded);

    CliRun regroup = CliRun.of("regroup", out.toString());
    assertEquals(0, regroup.exitCode(), regroup.err());
    assertTrue(regroup.err().contains(CODED + " review codings applied"), regroup.err());

    Map<String, Map<String, String>> rows = OutputTables.read(out.resolve("statements.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("statement_id"), r -> r));
    try (StatementIndex index = StatementIndex.open(out.resolve("index"), IndexAnalysis.swedishVersion())) {
      for (String id : coded) {
        assertEquals("human", rows.get(id).get("method"), id);
        assertEquals(gold.get(id), rows.get(id).get("principles"), id);
        CodedStatement indexed = index.statement(id).orElseThrow();
        assertEquals("human", indexed.method(), id);
        assertEquals(List.of(gold.get(id).split(";")), indexed.principles(), id);
      }
    }
    assertEquals(CODED, new ObjectMapper().readTree(out.resolve("run.json").toFile()).at("/counts/assigned/human").asInt());
    double after = accuracy(out, gold, coded);
    assertTrue(after > before, "top-1 on the other notes rises: " + before + " -> " + after);
    System.out.printf("000 without headings, %d notes coded by hand: top-1 on the other %d %.3f -> %.3f%n",
        CODED, gold.size() - CODED, before, after);

    Path qdpx = work.resolve("run.qdpx");
    CliRun export = CliRun.of("export", "qdpx", "--index", out.toString(), "--out", qdpx.toString());
    assertEquals(0, export.exitCode(), export.err());
    Element project = RefiQda.parse(RefiQda.entries(qdpx).get(QdpxExport.PROJECT_ENTRY)).getDocumentElement();
    String reviewerGuid = RefiQda.all(project, "User").stream().filter(u -> u.getAttribute("name").equals(REVIEWER))
        .findFirst().orElseThrow().getAttribute("guid");
    Map<String, List<String>> byReviewer = new HashMap<>();
    for (Element selection : RefiQda.all(project, "PlainTextSelection")) {
      for (Element coding : RefiQda.children(selection, "Coding")) {
        if (coding.getAttribute("creatingUser").equals(reviewerGuid)) {
          byReviewer.computeIfAbsent(selection.getAttribute("name"), k -> new ArrayList<>()).add(coding.getAttribute("guid"));
        }
      }
      if (coded.contains(selection.getAttribute("name"))) {
        assertTrue(RefiQda.description(selection).contains("method: human"), RefiQda.description(selection));
      }
    }
    assertEquals(Set.copyOf(coded), byReviewer.keySet(), "the reviewer made exactly the codings of the 50");
  }

  /** Top-1 on the gold statements not coded by hand, from statements.csv. */
  private static double accuracy(Path out, Map<String, String> gold, List<String> coded) throws IOException {
    int right = 0;
    int total = 0;
    for (Map<String, String> s : OutputTables.read(out.resolve("statements.csv"))) {
      String truth = gold.get(s.get("statement_id"));
      if (truth != null && !coded.contains(s.get("statement_id"))) {
        total++;
        right += List.of(truth.split(";")).contains(s.get("top_principle")) ? 1 : 0;
      }
    }
    return right / (double) total;
  }
}
