package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code samsyn serve} (the server itself is tested in se.samsyn.web). */
class ServeCommandTest {
  @TempDir
  Path work;

  @Test
  void folderWithoutAnIndexIsAUsageError() {
    CliRun run = CliRun.of("serve", "--index", work.toString(), "--port", "0");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("no search index in"), run.err());
    assertTrue(run.err().contains("--help"), run.err());
  }

  @Test
  void portOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--index", work.toString(), "--port", "70000");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--port"), run.err());
  }

  @Test
  void missingIndexOptionIsAUsageError() {
    CliRun run = CliRun.of("serve");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--index"), run.err());
  }
}
