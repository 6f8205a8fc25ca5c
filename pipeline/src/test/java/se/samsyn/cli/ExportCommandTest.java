package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.export.refi.RefiQda.all;
import static se.samsyn.export.refi.RefiQda.children;
import static se.samsyn.export.refi.RefiQda.codePoints;
import static se.samsyn.export.refi.RefiQda.description;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import se.samsyn.batch.OutputTables;
import se.samsyn.export.refi.QdpxExport;
import se.samsyn.export.refi.RefiCodes;
import se.samsyn.export.refi.RefiQda;
import se.samsyn.models.Codebook;
import se.samsyn.models.Codebook.Principle;

/**
 * {@code samsyn export qdpx|qdc} run in-process over an index that {@code samsyn run} wrote from
 * the sample material plus a text with å/ä/ö and emoji, read back and validated against the
 * REFI-QDA project schema.
 */
class ExportCommandTest {
  @TempDir
  static Path work;
  static Path out;
  static Path qdpx;
  static Map<String, byte[]> entries;
  static Element project;
  static List<Map<String, String>> statements;

  @BeforeAll
  static void runAndExport() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    try (Stream<Path> sample = Files.list(Path.of("../corpus/sample"))) {
      for (Path file : sample.toList()) {
        Files.copy(file, in.resolve(file.getFileName()));
      }
    }
    Files.writeString(in.resolve("emoji.txt"), """
        Workshop 🙂 i Åsele

        1. Dialog

        Åsa: Vi vill träffas oftare 😀 och prata öppet med förvaltningen

        Möten på kvällstid 👍🏽 passar föreningarna bättre än dagtid

        2. Kvalitet

        Uppföljningen ska vara enkel för små föreningar 🏳️‍🌈 och ske varje år

        3. Fika

        Kaffebryggaren i köket behöver avkalkas ☕

        Kaffebryggaren i köket läcker vatten på golvet

        Köp en ny kaffebryggare till köket i föreningshuset
        """, StandardCharsets.UTF_8);
    out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    statements = OutputTables.read(out.resolve("statements.csv"));
    qdpx = work.resolve("export").resolve("samsyn.qdpx");
    CliRun export = CliRun.of("export", "qdpx", "--index", out.toString(), "--out", qdpx.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertTrue(export.err().contains("coded segments"), export.err());
    entries = RefiQda.entries(qdpx);
    project = RefiQda.parse(entries.get(QdpxExport.PROJECT_ENTRY)).getDocumentElement();
  }

  @Test
  void projectValidatesAgainstTheRefiQdaSchema() throws IOException, SAXException {
    RefiQda.validate(project.getOwnerDocument());
    assertEquals(QdpxExport.NAMESPACE, project.getNamespaceURI());
    assertEquals("Project", project.getLocalName());
  }

  @Test
  void principleCodingsAreTheAssignmentsOfStatementsCsv() {
    long assignments = statements.stream()
        .flatMap(row -> Stream.of(row.get("principles").split(";")))
        .filter(principle -> !principle.equals("other")).count();
    Set<String> principleCodes = principleCodeGuids().keySet();
    long principleCodings = all(project, "CodeRef").stream()
        .filter(ref -> principleCodes.contains(ref.getAttribute("targetGUID"))).count();
    assertTrue(assignments > 100, "the sample has hundreds of assignments: " + assignments);
    assertEquals(assignments, principleCodings);

    long themed = statements.stream().filter(row -> !row.get("theme").isEmpty()).count();
    assertTrue(themed > 0, "the sample has statements in emerging themes");
    long segments = all(project, "PlainTextSelection").size();
    assertEquals(assignments + themed + segments, all(project, "Coding").size(), "and each segment's kind");
  }

  @Test
  void eachCodedSegmentIsAlsoCodedWithItsKind() {
    Element kinds = codes().stream().filter(c -> c.getAttribute("name").equals(RefiCodes.KINDS_CODE))
        .findFirst().orElseThrow();
    assertEquals("false", kinds.getAttribute("isCodable"));
    Map<String, String> kindByGuid = children(kinds, "Code").stream()
        .collect(Collectors.toMap(c -> c.getAttribute("guid"), c -> c.getAttribute("name")));
    assertTrue(kindByGuid.containsValue("Deltagarröst"), kindByGuid.toString());
    Map<String, String> kindById = statements.stream()
        .collect(Collectors.toMap(row -> row.get("statement_id"), row -> row.get("kind")));
    Map<String, String> names = Map.of("voice", "Deltagarröst", "official", "Officiell text",
        "prompt", "Fråga till deltagarna", "heading", "Rubrik");
    for (Element selection : all(project, "PlainTextSelection")) {
      List<String> coded = children(selection, "Coding").stream()
          .map(c -> children(c, "CodeRef").getFirst().getAttribute("targetGUID"))
          .filter(kindByGuid::containsKey).map(kindByGuid::get).toList();
      assertEquals(List.of(names.get(kindById.get(selection.getAttribute("name")))), coded,
          selection.getAttribute("name"));
    }
  }

  @Test
  void everyCodebookPrincipleIsACodeAndThemesHangUnderOneParent() {
    Map<String, String> names = principleCodeGuids();
    assertEquals(Codebook.standard().principles().stream().map(Principle::nameSv).collect(Collectors.toSet()),
        Set.copyOf(names.values()));
    Element dialogue = codes().stream().filter(c -> c.getAttribute("name").equals("Dialog")).findFirst().orElseThrow();
    assertTrue(description(dialogue).startsWith("Dialogue (dialogue)"), description(dialogue));
    Element themes = codes().stream().filter(c -> c.getAttribute("name").equals(RefiCodes.THEMES_CODE))
        .findFirst().orElseThrow();
    assertEquals("false", themes.getAttribute("isCodable"));
    Set<String> themeIds = statements.stream().map(row -> row.get("theme")).filter(t -> !t.isEmpty())
        .collect(Collectors.toSet());
    assertEquals(themeIds.size(), children(themes, "Code").size());
  }

  @Test
  void everySelectionCoversExactlyItsStatementTextCountedInCodePoints() {
    Map<String, String> textById = statements.stream()
        .collect(Collectors.toMap(row -> row.get("statement_id"), row -> row.get("text")));
    int selections = 0;
    boolean emojiBefore = false;
    for (Element source : all(project, "TextSource")) {
      String path = source.getAttribute("plainTextPath");
      assertTrue(path.startsWith("internal://"), path);
      byte[] file = entries.get("Sources/" + path.substring("internal://".length()));
      String text = new String(file, StandardCharsets.UTF_8);
      for (Element selection : children(source, "PlainTextSelection")) {
        int start = Integer.parseInt(selection.getAttribute("startPosition"));
        int end = Integer.parseInt(selection.getAttribute("endPosition"));
        String selected = codePoints(text, start, end);
        String expected = textById.get(selection.getAttribute("name"));
        assertTrue(selected.equals(expected) || ("'" + selected).equals(expected),
            selection.getAttribute("name") + ": " + selected + " ≠ " + expected);
        emojiBefore |= codePoints(text, 0, start).codePoints().anyMatch(Character::isSupplementaryCodePoint);
        selections++;
      }
    }
    assertTrue(emojiBefore, "some selection comes after an emoji, so code points and UTF-16 differ");
    assertEquals(statements.stream().filter(r -> !r.get("principles").equals("other") || !r.get("theme").isEmpty())
        .count(), selections);
  }

  @Test
  void sourcesAreTheDocumentsNamedByTheirFiles() {
    List<Element> sources = all(project, "TextSource");
    Map<String, String> fileById = new HashMap<>();
    statements.forEach(row ->
        fileById.put(row.get("document_id"), Path.of(row.get("source")).getFileName().toString()));
    assertEquals(fileById.size(), sources.size());
    assertEquals(new HashSet<>(fileById.values()),
        sources.stream().map(s -> s.getAttribute("name")).collect(Collectors.toSet()));
    assertEquals(sources.size() + 1, entries.size(), "project.qde and one text per source");
    Element emoji = sources.stream().filter(s -> s.getAttribute("name").equals("emoji.txt")).findFirst().orElseThrow();
    assertTrue(description(emoji).contains("source: "), description(emoji));
  }

  @Test
  void segmentMemosCarryMethodScoreAndEvidence() {
    Element first = all(project, "PlainTextSelection").getFirst();
    String memo = description(first);
    Map<String, String> row = statements.stream()
        .filter(r -> r.get("statement_id").equals(first.getAttribute("name"))).findFirst().orElseThrow();
    assertTrue(memo.contains("method: " + row.get("method")), memo);
    assertTrue(memo.contains("score: " + row.get("score")), memo);
    assertTrue(all(project, "PlainTextSelection").stream().map(RefiQda::description)
        .anyMatch(m -> m.contains("method: heading") && m.contains("evidence: ")), "heading evidence is kept");
  }

  @Test
  void twoExportsOfTheSameIndexAreByteIdentical() throws IOException {
    Path again = work.resolve("again.qdpx");
    assertEquals(0, CliRun.of("export", "qdpx", "--index", out.resolve("index").toString(), "--out",
        again.toString()).exitCode());
    assertEquals(-1, Files.mismatch(qdpx, again));
  }

  @Test
  void codebookAloneValidatesAndHasEveryPrincipleWithTheProjectsGuids() throws IOException, SAXException {
    Path qdc = work.resolve("principer.qdc");
    CliRun export = CliRun.of("export", "qdc", "--out", qdc.toString());
    assertEquals(0, export.exitCode(), export.err());
    Element codebook = RefiQda.parse(Files.readAllBytes(qdc)).getDocumentElement();
    assertEquals(RefiCodes.CODEBOOK_NAMESPACE, codebook.getNamespaceURI());
    assertEquals("CodeBook", codebook.getLocalName());
    var document = RefiQda.asProjectCodeBook(codebook);
    RefiQda.validate(document);
    Map<String, String> names = new HashMap<>();
    all(document.getDocumentElement(), "Code").forEach(c -> names.put(c.getAttribute("guid"), c.getAttribute("name")));
    assertEquals(principleCodeGuids(), names);
  }

  @Test
  void qdcTakesAnotherCodebook() throws IOException {
    Path file = work.resolve("egen.json");
    Files.writeString(file, """
        {"id": "egen", "version": "1", "principles": [
          {"id": "trygghet", "name_sv": "Trygghet 🛡️", "name_en": "Safety", "definition": "Feeling safe."},
          {"id": "narhet", "name_sv": "Närhet", "name_en": "Closeness"}]}
        """, StandardCharsets.UTF_8);
    Path qdc = work.resolve("egen.qdc");
    assertEquals(0, CliRun.of("export", "qdc", "--codebook", file.toString(), "--out", qdc.toString()).exitCode());
    Element codebook = RefiQda.parse(Files.readAllBytes(qdc)).getDocumentElement();
    List<String> names = new ArrayList<>();
    var codes = codebook.getElementsByTagNameNS(RefiCodes.CODEBOOK_NAMESPACE, "Code");
    for (int i = 0; i < codes.getLength(); i++) {
      names.add(((Element) codes.item(i)).getAttribute("name"));
    }
    assertEquals(List.of("Trygghet 🛡️", "Närhet"), names);
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    Path empty = Files.createDirectories(work.resolve("tom"));
    Path aFile = Files.writeString(work.resolve("fil.txt"), "x");
    List<String[]> bad = List.of(
        new String[] {"export", "qdpx", "--index", empty.toString(), "--out", work.resolve("a.qdpx").toString()},
        new String[] {"export", "qdpx", "--index", out.toString(), "--out", empty.toString()},
        new String[] {"export", "qdpx", "--index", out.toString(), "--out", aFile.resolve("b.qdpx").toString()},
        new String[] {"export", "qdpx", "--index", out.toString(), "--out", work.resolve("c.qdpx").toString(),
            "--codebook", work.resolve("saknas.json").toString()},
        new String[] {"export", "qdpx", "--index", out.toString()},
        new String[] {"export", "qdc", "--out", aFile.resolve("d.qdc").toString()},
        new String[] {"export", "pdf", "--out", work.resolve("e.pdf").toString()},
        new String[] {"export"});
    for (String[] args : bad) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.err());
      assertTrue(run.err().contains("--help"), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
    assertFalse(Files.exists(work.resolve("a.qdpx")));
  }

  /** Name of each principle code (top-level codes that can be coded) by GUID. */
  private static Map<String, String> principleCodeGuids() {
    return codes().stream().filter(c -> c.getAttribute("isCodable").equals("true"))
        .collect(Collectors.toMap(c -> c.getAttribute("guid"), c -> c.getAttribute("name")));
  }

  private static List<Element> codes() {
    Element codebook = children(project, "CodeBook").getFirst();
    return children(children(codebook, "Codes").getFirst(), "Code");
  }
}
