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
import se.samsyn.corpus.DocxWriter;

/** Re-runs into the same output folder reuse unchanged files and keep statement ids. */
class IncrementalRunTest {
  @TempDir
  Path work;

  @Test
  void rerunReusesUnchangedFilesAndReprocessesOnlyTheChangedOne() throws IOException {
    Path in = work.resolve("in");
    Files.createDirectories(in);
    new DocxWriter().write(TestMaterial.workshop(), in.resolve("workshop.docx"));
    Path notes = Files.writeString(in.resolve("anteckningar.txt"),
        "Anteckningar från 2 april 2024\n\n1. Mångfald\n\nFler unga behöver komma till tals\n\nTolka material till fler språk\n",
        StandardCharsets.UTF_8);
    Path out = work.resolve("out");

    CliRun first = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.err().contains("2 new, 0 changed, 0 unchanged, 0 removed"), first.err());
    List<String> ids = statementIds(out);
    String notesDocument = docIdOf(out, "anteckningar.txt");

    CliRun second = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertTrue(second.err().contains("0 new, 0 changed, 2 unchanged, 0 removed"), second.err());
    assertEquals(ids, statementIds(out));

    Files.writeString(notes, "\nSamla in synpunkter digitalt också\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    CliRun third = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertTrue(third.err().contains("0 new, 1 changed, 1 unchanged, 0 removed"), third.err());
    List<String> afterChange = statementIds(out);
    assertEquals(ids.size() + 1, afterChange.size(), third.err());
    assertTrue(afterChange.containsAll(ids.stream().filter(id -> !id.startsWith(notesDocument)).toList()));

    Files.delete(notes);
    CliRun fourth = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertTrue(fourth.err().contains("0 new, 0 changed, 1 unchanged, 1 removed"), fourth.err());
    assertFalse(OutputTables.read(out.resolve("statements.csv")).stream()
        .anyMatch(s -> s.get("source").endsWith("anteckningar.txt")));
  }

  @Test
  void unusableOutputFolderIsAUsageError() throws IOException {
    Path file = Files.writeString(work.resolve("a-file"), "x");
    Path input = Files.writeString(work.resolve("in.txt"), "Något att säga om dialog.");
    CliRun run = CliRun.of("run", input.toString(), "--out", file.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("samsyn: cannot write to --out"), run.err());
  }

  @Test
  void missingInputAndUnknownOptionAreUsageErrors() {
    CliRun missing = CliRun.of("run", work.resolve("nope").toString(), "--out", work.resolve("o").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("input not found"), missing.err());
    CliRun unknown = CliRun.of("run", "--bogus");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("--help"), unknown.err());
  }

  private static List<String> statementIds(Path out) throws IOException {
    return OutputTables.read(out.resolve("statements.csv")).stream().map(s -> s.get("statement_id")).toList();
  }

  private static String docIdOf(Path out, String file) throws IOException {
    return OutputTables.read(out.resolve("documents.csv")).stream()
        .filter(d -> d.get("source").endsWith(file)).map(d -> d.get("document_id")).findFirst().orElseThrow();
  }
}
