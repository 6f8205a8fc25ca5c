package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;

/** {@code samsyn run --exclude GLOB}: files and folders a person keeps out of the material. */
class RunExcludeTest {
  private static final String NOTE = "Vi vill ha fler möten med kommunen om bidragen till föreningarna.";

  @Test
  void excludedNamesAndFoldersAreNotReadAndTheRunRecordsThePatterns(@TempDir Path work) throws IOException {
    Path in = work.resolve("in");
    Files.createDirectories(in.resolve("utkast"));
    Files.createDirectories(in.resolve("möten"));
    Files.writeString(in.resolve("README.md"), "# Om mappen\n\nHär ligger materialet.\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("möten/README.md"), "# Om mötena\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("möten/anteckningar.txt"), NOTE + "\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("utkast/gammalt.txt"), NOTE + "\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("svar.tmp"), NOTE + "\n", StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet", "--exclude", "README.md",
        "--exclude", "utkast", "--exclude", "*.tmp");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("anteckningar.txt"), OutputTables.read(out.resolve("documents.csv")).stream()
        .map(d -> Path.of(d.get("source")).getFileName().toString()).toList());
    List<String> recorded = new ArrayList<>();
    new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("settings").path("exclude")
        .forEach(glob -> recorded.add(glob.asText()));
    assertEquals(List.of("README.md", "utkast", "*.tmp"), recorded);

    CliRun again = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertTrue(again.exitCode() == 0 || again.exitCode() == 3, again.err());
    assertEquals(5, OutputTables.read(out.resolve("documents.csv")).size(), "without --exclude everything is read");
  }

  @Test
  void aPatternThatIsNoGlobIsAUsageError(@TempDir Path work) throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("a.txt"), NOTE + "\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("run", in.toString(), "--out", work.resolve("out").toString(), "--exclude", "utkast/[a-");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--exclude takes a file pattern such as README.md or 'utkast/**', not 'utkast/[a-'"),
        run.err());
  }
}
