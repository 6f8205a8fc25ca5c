package se.samsyn.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.samsyn.batch.RunLock;

/** The {@code --wait} option of the commands that write a run folder, which one process writes at a time. */
final class LockOption {
  @Option(names = "--wait",
      description = "When another samsyn run is writing the folder, wait for it to finish (default: exit with code 2).")
  private boolean wait;

  /** The folder's lock; a folder another process writes is a usage error naming it, unless --wait. */
  RunLock acquire(Path out) throws IOException {
    try {
      return RunLock.acquire(out, wait);
    } catch (RunLock.Busy e) {
      throw new UsageException(e.getMessage());
    }
  }
}
