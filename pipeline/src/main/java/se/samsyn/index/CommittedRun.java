package se.samsyn.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;
import org.apache.lucene.store.Directory;
import se.samsyn.run.RunFolder;

/**
 * Which commit of a run folder's index belongs to the run in place. A run commits its index before it
 * points the folder at its other outputs ({@value #POINTER}, a symbolic link to the run's own
 * folder, switched in one rename), so between the two the newest commit is a run the tables do not
 * show yet. The index therefore keeps its two newest commits, and readers open the one of the run
 * the pointer names; an index outside a run folder is read at its newest commit.
 */
public final class CommittedRun {
  /** Commit user data key naming the run that made the commit. */
  public static final String RUN_KEY = "samsyn.run";
  /** The pointer to the run in place, relative to the run folder. */
  public static final String POINTER = ".samsyn/current";

  private CommittedRun() {}

  /** The id of the run in place in a run folder, read from its pointer; empty without one. */
  public static Optional<String> inPlace(Path runFolder) throws IOException {
    Path pointer = runFolder.resolve(POINTER);
    if (!Files.isSymbolicLink(pointer)) {
      return Optional.empty();
    }
    return Optional.of(Files.readSymbolicLink(pointer).getFileName().toString());
  }

  /** Opens the commit of the run in place of the run folder around {@code indexFolder}, else the newest. */
  public static DirectoryReader open(Directory directory, Path indexFolder) throws IOException {
    Optional<String> run = runOf(indexFolder);
    if (run.isPresent()) {
      List<IndexCommit> commits = DirectoryReader.listCommits(directory);
      for (int i = commits.size() - 1; i >= 0; i--) {
        if (run.get().equals(commits.get(i).getUserData().get(RUN_KEY))) {
          return DirectoryReader.open(commits.get(i));
        }
      }
    }
    return DirectoryReader.open(directory);
  }

  /** Whether {@code reader} still shows the run in place (or, outside a run folder, the newest commit). */
  public static boolean isCurrent(DirectoryReader reader, Path indexFolder) throws IOException {
    Optional<String> run = runOf(indexFolder);
    return run.isPresent()
        ? run.get().equals(reader.getIndexCommit().getUserData().get(RUN_KEY)) : reader.isCurrent();
  }

  /** Keeps the two newest commits: the run in place and one committed ahead of its switch. */
  static IndexDeletionPolicy keepTwoNewest() {
    return new IndexDeletionPolicy() {
      @Override
      public void onInit(List<? extends IndexCommit> commits) {
        onCommit(commits);
      }

      @Override
      public void onCommit(List<? extends IndexCommit> commits) {
        commits.subList(0, Math.max(0, commits.size() - 2)).forEach(IndexCommit::delete);
      }
    };
  }

  private static Optional<String> runOf(Path indexFolder) throws IOException {
    return inPlace(RunFolder.holding(indexFolder).root());
  }
}
