package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;
import se.samsyn.batch.StagedRuns;
import se.samsyn.group.Classifiers;
import se.samsyn.group.GroupingSettings;
import se.samsyn.models.Codebook;
import se.samsyn.models.SwedishModels;

/** Two {@code samsyn run --excel} over the same inputs write the same tables, and run.json says how. */
class ReproducibleRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  static Path in;
  static Path first;
  static Path second;

  @BeforeAll
  static void runTwice() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    Files.copy(Path.of("..", "corpus", "sample", "enkat-export.csv"), in.resolve("enkat-export.csv"));
    Files.copy(Path.of("..", "corpus", "sample", "synpunkter-epost.eml"), in.resolve("synpunkter-epost.eml"));
    ExportMaterial.writeFormulas(in);
    Files.write(in.resolve("trasig.pdf"), "%PDF-1.4 inte en riktig pdf".getBytes(StandardCharsets.US_ASCII));
    first = work.resolve("first");
    second = work.resolve("second");
    for (Path out : List.of(first, second)) {
      CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--excel", "--quiet");
      assertEquals(3, run.exitCode(), "the broken PDF fails, the rest is written: " + run.err());
    }
  }

  /** The tables as a user sees them (the runs' own folders under .samsyn are named by run id). */
  private static List<Path> tables(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(f -> f.toString().endsWith(".csv")).map(out::relativize)
          .filter(f -> !f.startsWith(StagedRuns.INTERNAL)).sorted().toList();
    }
  }

  private static ObjectNode manifest(Path out) throws IOException {
    return (ObjectNode) JSON.readTree(out.resolve("run.json").toFile());
  }

  @Test
  void everyCsvIsByteForByteTheSameAndRunJsonDiffersOnlyInTimes() throws IOException {
    List<Path> tables = tables(first);
    assertEquals(List.of("documents.csv", "emerging_themes.csv", "errors.csv", "statements.csv", "themes.csv",
        "themes_by_document.csv", "themes_by_kind.csv"),
        tables.stream().filter(t -> t.getNameCount() == 1).map(Path::toString).toList());
    assertEquals(15, tables.size(), "the seven tables, their Excel copies and review/queue.csv: " + tables);
    assertTrue(tables.contains(Path.of("review", "queue.csv")), tables.toString());
    assertEquals(tables, tables(second));
    for (Path table : tables) {
      assertArrayEquals(Files.readAllBytes(first.resolve(table)), Files.readAllBytes(second.resolve(table)),
          table + " differs between two runs");
    }
    ObjectNode one = manifest(first);
    ObjectNode two = manifest(second);
    assertFalse(one.get("finished").asText().isEmpty());
    for (ObjectNode manifest : List.of(one, two)) {
      manifest.remove(List.of("finished", "timings"));
    }
    assertEquals(one, two);
  }

  @Test
  void runJsonRecordsVersionsSeedEveryInputAndCountsOfEveryStage() throws IOException {
    JsonNode manifest = manifest(first);
    assertEquals(GroupingSettings.DEFAULTS.seed(), manifest.at("/settings/grouping/seed").asLong());
    assertEquals(Classifiers.DEFAULT, manifest.at("/settings/grouping/classifier").asText());
    assertEquals(Classifiers.runCalibration(Classifiers.DEFAULT).minConfidence(),
        manifest.at("/settings/grouping/min_confidence").asDouble());
    assertTrue(manifest.at("/settings/excel").asBoolean());
    assertEquals(Codebook.standard().id(), manifest.at("/codebook/id").asText());
    assertEquals(Codebook.standard().version(), manifest.at("/codebook/version").asText());
    assertEquals(Codebook.standard().checksum(), manifest.at("/codebook/checksum").asText());
    assertEquals(SwedishModels.version(), manifest.at("/models/swedish_opennlp/version").asText());
    assertEquals(SwedishModels.checksums().get("sv-pos.bin"), manifest.at("/models/swedish_opennlp/sha256/sv-pos.bin").asText());
    assertTrue(manifest.at("/models/lexicons").asText().matches("org\\.languagetool:language-sv:\\d.*"));
    assertTrue(manifest.at("/libraries/tika").asText().matches("org\\.apache\\.tika:tika-core:3\\..*"));
    assertTrue(manifest.at("/libraries/lucene").asText().startsWith("10."));

    List<Map<String, String>> documents = OutputTables.read(first.resolve("documents.csv"));
    JsonNode inputs = manifest.get("inputs");
    assertEquals(documents.size(), inputs.size());
    for (int i = 0; i < documents.size(); i++) {
      assertEquals(documents.get(i).get("source"), inputs.get(i).get("source").asText());
      assertEquals(documents.get(i).get("sha256"), inputs.get(i).get("sha256").asText());
      assertEquals(documents.get(i).get("status"), inputs.get(i).get("status").asText());
      assertEquals(documents.get(i).get("statements"), inputs.get(i).get("statements").asText());
    }

    List<Map<String, String>> statements = OutputTables.read(first.resolve("statements.csv"));
    JsonNode counts = manifest.get("counts");
    assertEquals(5, counts.get("files").asInt());
    assertEquals(4, counts.at("/by_status/OK").asInt());
    assertEquals(1, counts.at("/by_status/FAILED").asInt());
    assertEquals(statements.size(), counts.get("statements").asInt());
    for (String method : List.of("heading", "inline", "classifier")) {
      assertEquals(statements.stream().filter(s -> !s.get("principles").equals("other") && s.get("method").equals(method))
          .count(), counts.at("/assigned/" + method).asLong(), method);
    }
    assertEquals(statements.size(), counts.at("/assigned/heading").asLong() + counts.at("/assigned/inline").asLong()
        + counts.at("/assigned/classifier").asLong() + counts.get("other").asLong());
    assertEquals(statements.stream().filter(s -> s.get("principles").equals("other")).count(), counts.get("other").asLong());
    assertEquals(statements.stream().filter(s -> !s.get("theme").isEmpty()).count(), counts.get("in_themes").asLong());
    assertEquals(OutputTables.read(first.resolve("emerging_themes.csv")).size(), counts.get("themes").asInt());
    assertEquals(statements.size(), counts.at("/indexed/statements").asInt());
    assertEquals(List.of("scan", "extract_segment", "group", "write", "index"),
        iterate(manifest.at("/timings/stages_ms")));
  }

  private static List<String> iterate(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aRunWithoutExcelRemovesTheCopiesOfAnEarlierRunAndKeepsTheTablesTheSame() throws IOException {
    Path third = work.resolve("third");
    RunFolderState.copy(second, third);
    CliRun run = CliRun.of("run", in.toString(), "--out", third.toString(), "--quiet");
    assertEquals(3, run.exitCode(), run.err());
    assertFalse(Files.exists(third.resolve("excel")));
    for (String table : List.of("statements.csv", "themes.csv", "themes_by_document.csv", "emerging_themes.csv")) {
      assertArrayEquals(Files.readAllBytes(first.resolve(table)), Files.readAllBytes(third.resolve(table)), table);
    }
    CliRun themes = CliRun.of("themes", "--index", third.toString(), "--by", "document");
    assertEquals(Files.readString(third.resolve("themes_by_document.csv"), StandardCharsets.UTF_8), themes.out());
  }
}
