package se.samsyn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import se.samsyn.cli.CliRun;
import se.samsyn.corpus.BadFiles;
import se.samsyn.run.RunFolder;

/**
 * One real {@code samsyn run} over a copy of corpus/sample plus a note full of markup (in its name,
 * title and statements) and two unreadable files, shared by the report tests of this JVM: the
 * Swedish report is kept as report-sv.html, then a re-run with {@code --lang en} (reusing the cached
 * results) writes the English one, kept as report-en.html.
 */
final class ReportRun {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String HOSTILE_FILE = "anteckningar <img src=x onerror=alert(2)>.txt";
  /** One folder per test JVM, as Surefire may run several at once. */
  private static final Path FOLDER = Path.of("target", "report-run-" + ProcessHandle.current().pid());
  private static ReportRun sample;

  final Path out;
  final int exitCode;

  private ReportRun(Path out, int exitCode) {
    this.out = out;
    this.exitCode = exitCode;
  }

  /** The run, made on first use. */
  static synchronized ReportRun sample() {
    if (sample == null) {
      try {
        sample = run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  Path swedish() {
    return out.resolve("report-sv.html");
  }

  Path english() {
    return out.resolve("report-en.html");
  }

  private static ReportRun run() throws IOException {
    if (Files.exists(FOLDER)) {
      try (Stream<Path> old = Files.walk(FOLDER)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Path in = Files.createDirectories(FOLDER.resolve("in"));
    try (Stream<Path> sample = Files.list(Path.of("..", "corpus", "sample"))) {
      for (Path file : sample.filter(Files::isRegularFile).toList()) {
        Files.copy(file, in.resolve(file.getFileName().toString()));
      }
    }
    // the opening line is the document's title, markup and all
    Files.writeString(in.resolve(HOSTILE_FILE), "Anteckningar från dialogmötet " + SCRIPT + "\n\n1. Dialog\n\n"
        + "Vi vill ha <b>tidig</b> dialog & \"öppna\" möten med kommunen " + SCRIPT + "\n\n2. Kvalitet\n\n"
        + "Uppföljningen ska vara enkel för små föreningar, <style>body{display:none}</style>\n",
        StandardCharsets.UTF_8);
    BadFiles.randomBytes(in.resolve("trasig.pdf"), 4096, 42);
    BadFiles.empty(in.resolve("tom.txt"));
    Path out = FOLDER.resolve("out");
    CliRun swedish = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    Files.copy(out.resolve(RunFolder.REPORT), out.resolve("report-sv.html"), StandardCopyOption.REPLACE_EXISTING);
    CliRun english = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet", "--lang", "en");
    assertEquals(swedish.exitCode(), english.exitCode(), english.err());
    Files.copy(out.resolve(RunFolder.REPORT), out.resolve("report-en.html"), StandardCopyOption.REPLACE_EXISTING);
    return new ReportRun(out, swedish.exitCode());
  }
}
