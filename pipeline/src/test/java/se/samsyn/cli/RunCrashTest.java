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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.corpus.CsvWriter;
import se.samsyn.corpus.DocxWriter;

/**
 * {@code kill -9} of a real samsyn process at 21 points spread over a run (every stage boundary,
 * in the middle of writing the two big tables, after each output is written, around the index
 * commit and the switch to the new run). Right after the kill, with no samsyn command in between,
 * the folder is one run: the previous one up to the switch, the new one from it. A re-run gives
 * what an uninterrupted run gives.
 */
class RunCrashTest {
  private static final List<String> NEW_RUN_IN_PLACE = List.of("switched", "previous run removed", "finished");

  @TempDir
  static Path work;
  static Path in;
  static Path previous;
  static Map<String, Object> previousContent;
  static Map<String, Object> uninterrupted;

  /** A previous run over the first version of the material, then the material changes and grows. */
  @BeforeAll
  static void previousAndUninterruptedRuns() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    new DocxWriter().write(TestMaterial.workshop(), in.resolve("workshop.docx"));
    new CsvWriter().write(TestMaterial.survey(), in.resolve("enkat.csv"));
    Path notes = Files.writeString(in.resolve("anteckningar.txt"),
        "1. Mångfald\n\nFler unga behöver komma till tals\n\nTolka material till fler språk\n", StandardCharsets.UTF_8);
    // over --max-file-size: a failure for errors.csv that costs no extraction
    Files.writeString(in.resolve("stor.txt"), "Mer dialog behövs i hela länet.\n\n".repeat(40_000));
    previous = work.resolve("previous");
    assertEquals(3, run(previous).exitCode());
    previousContent = RunFolderState.content(previous);

    Files.writeString(notes, "\nSamla in synpunkter digitalt också\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(in.resolve("nytt.txt"), "2. Dialog\n\nTräffas oftare i mindre grupper\n", StandardCharsets.UTF_8);
    Path clean = work.resolve("clean");
    RunFolderState.copy(previous, clean);
    CliRun run = run(clean);
    assertEquals(3, run.exitCode(), run.err());
    uninterrupted = RunFolderState.content(clean);
    assertFalse(uninterrupted.equals(previousContent), "the second run must differ from the first");
  }

  private static CliRun run(Path out) {
    return CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet", "--max-file-size", "1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"scanned", "extracted", "grouped", "writing documents.csv", "staged documents.csv",
      "writing statements.csv", "staged statements.csv", "staged emerging_themes.csv",
      "staged themes_by_document.csv", "staged themes_by_kind.csv", "staged errors.csv", "staged report.html",
      "staged review/queue.csv", "index prepared", "staged run.json", "sealed", "index committed", "linked",
      "switched", "previous run removed", "finished"})
  void killedAtAnyPointTheFolderIsOneRunAndARerunEqualsAnUninterruptedRun(String point) throws Exception {
    Path out = work.resolve("killed-" + point.replace(' ', '-'));
    RunFolderState.copy(previous, out);
    try (CliProcess run = CliProcess.start(List.of(), List.of("-D" + CrashTestPause.PROPERTY + "=" + point),
        "run", in.toString(), "--out", out.toString(), "--quiet", "--max-file-size", "1")) {
      assertTrue(run.awaitErr("paused at " + point), "the run ended before " + point + ": " + run.err());
      run.kill();
    }

    assertEquals(List.of(), RunFolderState.inconsistencies(out), "after a kill at " + point);
    boolean newRun = NEW_RUN_IN_PLACE.contains(point);
    assertEquals(newRun ? uninterrupted : previousContent, RunFolderState.content(out), "after a kill at " + point);

    CliRun rerun = run(out);
    assertEquals(3, rerun.exitCode(), rerun.err());
    assertEquals(List.of(), RunFolderState.inconsistencies(out));
    assertEquals(uninterrupted, RunFolderState.content(out), "re-run after a kill at " + point);
    assertEquals(List.of(), RunFolderState.leftovers(out));
  }
}
