package se.samsyn.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real workshop documents in ../shared/corpus beside the repository (read-only). */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The folder; the calling test is skipped with a message when it is not there. */
  public static Path folder() {
    Path folder = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("corpus");
    assumeTrue(Files.isDirectory(folder), "../shared/corpus is not beside the repository");
    return folder;
  }

  public static Path file(String prefix) {
    try (var files = Files.list(folder())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new AssertionError("no " + prefix + "* in ../shared/corpus"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
