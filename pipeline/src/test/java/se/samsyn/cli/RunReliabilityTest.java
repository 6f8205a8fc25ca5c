package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;
import se.samsyn.corpus.CsvWriter;
import se.samsyn.corpus.SurveyTable;

/**
 * One writer per run folder, unreadable folders, files over the text limit and short survey
 * answers: each is said, per file, in errors.csv, on stderr and in the report, and the rest is
 * processed.
 */
class RunReliabilityTest {
  /** Drops root's right to ignore file permissions, so that the child is refused like any user. */
  private static final List<String> WITHOUT_FILE_PRIVILEGES = List.of("setpriv",
      "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", "--");

  @TempDir
  Path work;

  private Path notes(String name, String text) throws IOException {
    Path in = Files.createDirectories(work.resolve(name));
    Files.writeString(in.resolve("anteckningar.txt"), text, StandardCharsets.UTF_8);
    return in;
  }

  /** A real {@code samsyn run} holding the folder's lock, paused after grouping until it is killed. */
  private static CliProcess runPausedAfterGrouping(Path in, Path out) throws Exception {
    CliProcess holder = CliProcess.start(List.of(), List.of("-D" + CrashTestPause.PROPERTY + "=grouped"),
        "run", in.toString(), "--out", out.toString(), "--quiet");
    try {
      assertTrue(holder.awaitErr("paused at grouped"), holder.err());
      return holder;
    } catch (Throwable e) {
      holder.close();
      throw e;
    }
  }

  private Map<String, Object> cleanRun(Path in, String name) throws IOException {
    Path out = work.resolve(name);
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    return RunFolderState.content(out);
  }

  @Test
  void aSecondRunIsRefusedNamingTheHolderAndTheLockOfAKilledRunIsTakenOver() throws Exception {
    Path in = notes("in", "1. Dialog\n\nTräffas oftare i mindre grupper\n\nBjud in nya föreningar tidigt\n");
    Path out = work.resolve("out");
    try (CliProcess holder = runPausedAfterGrouping(in, out)) {
      CliRun second = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
      assertEquals(2, second.exitCode(), second.err());
      assertTrue(second.err().contains("samsyn: " + out + " is being written by another samsyn run (pid "
          + holder.pid() + ", started "), second.err());
      holder.kill();
    }
    assertTrue(Files.readString(out.resolve(".samsyn/lock")).contains("pid "), "the killed run's lock stays behind");

    CliRun after = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, after.exitCode(), after.err());
    assertEquals(List.of(), RunFolderState.inconsistencies(out));
    assertEquals(cleanRun(in, "clean"), RunFolderState.content(out));
  }

  @Test
  void withWaitASecondRunWaitsForTheHolderToEndAndThenRuns() throws Exception {
    Path in = notes("in-waited", "1. Dialog\n\nTräffas oftare i mindre grupper\n");
    Path out = work.resolve("waited");
    try (CliProcess holder = runPausedAfterGrouping(in, out)) {
      try (CliProcess waiting = CliProcess.start(List.of(), List.of(), "run", in.toString(), "--out", out.toString(),
          "--quiet", "--wait")) {
        assertTrue(waiting.awaitErr("another samsyn run (pid " + holder.pid() + ", started "), waiting.err());
        assertTrue(waiting.awaitErr("waiting for it to finish"), waiting.err());
        holder.kill();
        assertEquals(0, waiting.exitCode(), waiting.err());
      }
    }
    assertEquals(List.of(), RunFolderState.inconsistencies(out));
    assertEquals(cleanRun(in, "clean-waited"), RunFolderState.content(out));
  }

  @Test
  void twoRunsStartedTogetherIntoOneFolderOneProceedsTheOtherExits2() throws Exception {
    Path first = notes("first", "1. Dialog\n\nTräffas oftare i mindre grupper\n");
    Path second = notes("second", "2. Kvalitet\n\nUppföljning sker varje år tillsammans med kommunen\n");
    Path out = work.resolve("out");
    try (CliProcess one = CliProcess.start(List.of(), List.of(), "run", first.toString(), "--out", out.toString(), "--quiet");
        CliProcess two = CliProcess.start(List.of(), List.of(), "run", second.toString(), "--out", out.toString(), "--quiet")) {
      int oneExit = one.exitCode();
      int twoExit = two.exitCode();
      assertEquals(List.of(0, 2), List.of(oneExit, twoExit).stream().sorted().toList(), one.err() + "\n" + two.err());
      CliProcess refused = oneExit == 2 ? one : two;
      CliProcess proceeded = oneExit == 2 ? two : one;
      assertTrue(refused.err().contains("another samsyn run (pid " + proceeded.pid() + ","), refused.err());
      assertEquals(List.of(), RunFolderState.inconsistencies(out));
      assertEquals(cleanRun(proceeded == one ? first : second, "clean"), RunFolderState.content(out));
    }
  }

  @Test
  void aReadProtectedFolderIsReportedAndTheRestIsProcessed() throws Exception {
    Path in = notes("in", "1. Dialog\n\nTräffas oftare i mindre grupper\n");
    Path secret = Files.createDirectories(in.resolve("hemligt"));
    Files.writeString(secret.resolve("dolt.txt"), "Det här får ingen läsa\n", StandardCharsets.UTF_8);
    Path trash = Files.createDirectories(in.resolve(".Trash-1000"));
    for (Path folder : List.of(secret, trash)) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    }
    try {
      assumeTrue(deniedWithoutPrivileges(secret), "needs setpriv and a kernel that lets root drop its file "
          + "privileges, so that a folder can be unreadable to the run");
      Path out = work.resolve("out");
      CliProcess run = CliProcess.start(WITHOUT_FILE_PRIVILEGES, List.of(), "run", in.toString(),
          "--out", out.toString(), "--quiet");
      assertEquals(3, run.exitCode(), run.err());
      List<Map<String, String>> errors = OutputTables.read(out.resolve("errors.csv"));
      assertEquals(1, errors.size(), errors.toString());
      assertTrue(errors.get(0).get("source").endsWith("hemligt"), errors.toString());
      assertEquals("cannot read folder (permission denied)", errors.get(0).get("reason"));
      assertEquals(List.of("Träffas oftare i mindre grupper"),
          OutputTables.read(out.resolve("statements.csv")).stream().map(s -> s.get("text")).toList());
      assertTrue(run.err().contains("hemligt") && run.err().contains("permission denied"), run.err());
      assertTrue(Files.readString(out.resolve("report.html")).contains("hemligt"));
    } finally {
      for (Path folder : List.of(secret, trash)) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }

  private static boolean deniedWithoutPrivileges(Path folder) throws InterruptedException {
    List<String> probe = new ArrayList<>(WITHOUT_FILE_PRIVILEGES);
    probe.addAll(List.of("ls", folder.toString()));
    try {
      Process process = new ProcessBuilder(probe).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor() == 2; // ls could not open the folder; 1 or 127 would mean setpriv failed
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aSurveyOverTheTextLimitIsPartialInErrorsOnStderrAndInTheReportAndUnderItEveryAnswerCounts()
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    String[] topics = {"bidragen", "lokalerna", "dialogen", "uppföljningen", "samverkan"};
    for (int i = 1; i <= 1_500; i++) {
      rows.add(List.of(Integer.toString(i), "Svar " + i + ": vi vill att kommunen pratar mer med oss om "
          + topics[i % topics.length] + " under år " + (2000 + i % 25)));
    }
    Path in = Files.createDirectories(work.resolve("in"));
    new CsvWriter().write(new SurveyTable("Enkät", List.of("id", "Vad vill ni säga?"), rows), in.resolve("enkat.csv"));
    long characters = Files.readString(in.resolve("enkat.csv")).length();
    assertTrue(characters > 100_000, "the survey must be larger than the limit: " + characters);

    Path cut = work.resolve("cut");
    CliRun limited = CliRun.of("run", in.toString(), "--out", cut.toString(), "--quiet", "--max-characters", "100000");
    assertEquals(3, limited.exitCode(), limited.err());
    List<Map<String, String>> errors = OutputTables.read(cut.resolve("errors.csv"));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("PARTIAL", errors.get(0).get("status"));
    assertEquals("text cut after 100000 characters (--max-characters); the rest is not in the results",
        errors.get(0).get("reason"));
    assertTrue(limited.err().contains("enkat.csv") && limited.err().contains("text cut after 100000"), limited.err());
    String report = Files.readString(cut.resolve("report.html"));
    assertTrue(report.contains("enkat.csv") && report.contains("delvis läst") && report.contains("text cut after"));
    assertTrue(limited.err().contains("1 failed or not read in full"), limited.err());

    Path whole = work.resolve("whole");
    CliRun unlimited = CliRun.of("run", in.toString(), "--out", whole.toString(), "--quiet");
    assertEquals(0, unlimited.exitCode(), unlimited.err());
    assertFalse(Files.exists(whole.resolve("errors.csv")));
    assertEquals(rows.size(), OutputTables.read(whole.resolve("statements.csv")).size());
  }

  @Test
  void optionsOutOfRangeAndAnOutputFolderInTheMaterialAreUsageErrors() throws IOException {
    Path in = notes("in", "1. Dialog\n\nTräffas oftare i mindre grupper\n");
    String out = work.resolve("out").toString();
    Map<List<String>, String> refused = Map.of(
        List.of("--out", in.toString()), "--out " + in + " is the input folder",
        List.of("--out", in.resolve("resultat").toString()), "is inside the input",
        List.of("--out", out, "--max-file-size", "99999999999999"), "--max-file-size takes 1 to 1048576",
        List.of("--out", out, "--worker-heap", "1k"), "--worker-heap 1k is too small",
        List.of("--out", out, "--max-characters", "10"), "--max-characters takes 1000 to 500000000",
        List.of("--out", out, "--timeout", "0"), "--timeout takes 1 to 86400");
    refused.forEach((options, message) -> {
      List<String> args = new ArrayList<>(List.of("run", in.toString(), "--quiet"));
      args.addAll(options);
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, run.exitCode(), options + ": " + run.err());
      assertTrue(run.err().contains(message), options + ": " + run.err());
    });
    assertFalse(Files.exists(in.resolve("resultat")), "nothing is written into the material");
    assumeTrue(Runtime.getRuntime().availableProcessors() < 10_000);
    CliRun many = CliRun.of("run", in.toString(), "--out", in.toString(), "--threads", "10000");
    assertTrue(many.err().contains("--threads 10000 lowered to "), many.err());
  }

  @Test
  void aStatementOverTheLengthLimitIsCutAtAWordAndItsFileIsPartial() throws IOException {
    Path in = notes("in", "1. Dialog\n\nTräffas oftare i mindre grupper.\n\n2. Kvalitet\n\nVi "
        + "vill ha mer dialog med kommunen ".repeat(100) + "\n");
    Path out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet",
        "--max-statement-characters", "1000");
    assertEquals(3, run.exitCode(), run.err());
    Map<String, String> error = OutputTables.read(out.resolve("errors.csv")).get(0);
    assertEquals("PARTIAL", error.get("status"));
    assertEquals("1 statement longer than 1000 characters cut (--max-statement-characters)", error.get("reason"));
    List<String> texts = OutputTables.read(out.resolve("statements.csv")).stream().map(s -> s.get("text")).toList();
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("Träffas oftare i mindre grupper")), texts.toString());
    String cut = texts.stream().filter(t -> t.endsWith("…")).findFirst().orElseThrow();
    assertTrue(cut.length() <= 1000 && cut.length() > 900, cut);
    assertTrue(List.of("Vi", "vill", "ha", "mer", "dialog", "med", "kommunen")
        .contains(cut.substring(cut.lastIndexOf(' ') + 1, cut.length() - 1)), "cut after a whole word: " + cut);
  }

  @Test
  void aSurveyOfShortAnswersSaysToNameTheTextColumn() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    new CsvWriter().write(new SurveyTable("Enkät", List.of("id", "Viktigast?"),
        List.of(List.of("1", "Dialog"), List.of("2", "Mer pengar"), List.of("3", "Lokaler"))), in.resolve("kort.csv"));
    Path out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(3, run.exitCode(), run.err());
    Map<String, String> error = OutputTables.read(out.resolve("errors.csv")).get(0);
    assertEquals("SKIPPED", error.get("status"));
    assertTrue(error.get("reason").contains("--text-column"), error.toString());
    assertTrue(run.err().contains("--text-column"), run.err());

    CliRun named = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet", "--text-column", "Viktigast?");
    assertEquals(0, named.exitCode(), named.err());
    assertEquals(List.of("Dialog", "Mer pengar", "Lokaler"),
        OutputTables.read(out.resolve("statements.csv")).stream().map(s -> s.get("text")).toList());
  }
}
