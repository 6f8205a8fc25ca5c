package se.samsyn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.samsyn.batch.StagedRuns;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.run.RunFolder;

/** The {@code --index} option of the commands that read the index {@code samsyn run} wrote. */
final class IndexOption {
  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The index folder, or the --out folder of 'samsyn run' that holds it.")
  private Path index;

  /**
   * The index folder: {@code DIR/index} when DIR is a run's output folder, else DIR. A run that was
   * interrupted after its index commit is finished first, so the index and the tables beside it
   * describe the same run.
   */
  Path folder() {
    Path folder = LuceneIndexer.locate(index);
    StagedRuns.recoverIfIdle(RunFolder.holding(folder).root());
    return folder;
  }

  /** The run folder DIR names (DIR itself, or the run that holds the index DIR), with a crashed run finished. */
  RunFolder run() {
    RunFolder run = RunFolder.named(index);
    StagedRuns.recoverIfIdle(run.root());
    return run;
  }

  /** The error for a run folder whose statements cannot be read (or a folder that is not there at all). */
  UsageException unreadable(RunFolder run, IOException e) {
    if (!Files.isDirectory(index)) {
      return missing();
    }
    return new UsageException(e instanceof NoSuchFileException ? "no " + RunFolder.STATEMENTS + " in "
        + run.root() + " (run 'samsyn run INPUT --out DIR' first)" : e.getMessage());
  }

  /** The error for a folder without an index. */
  UsageException missing() {
    return new UsageException("no search index in " + folder() + " (run 'samsyn run INPUT --out DIR' first)");
  }
}
