package se.samsyn.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.core.AtomicFiles;
import se.samsyn.core.Checksums;
import se.samsyn.core.Json;
import se.samsyn.index.CommittedRun;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.review.ReviewQueue;
import se.samsyn.run.RunFolder;

/**
 * Makes a run all or nothing. A run writes its outputs into a folder of its own,
 * {@code OUT/.samsyn/runs/RUN/}, then a record naming them (with checksums), then commits the index
 * with the same run id, and only then points {@link CommittedRun#POINTER} at its folder, in one
 * rename. The outputs a user opens ({@code OUT/statements.csv}, …) are symbolic links through that
 * pointer, and index readers open the commit of the run it names, so at any moment, a crash
 * included, the folder shows one complete run. A run committed to the index but not pointed to yet
 * is finished by the next command that opens the folder; anything else a crashed run left is removed.
 */
public final class StagedRuns {
  private static final Logger LOG = LoggerFactory.getLogger(StagedRuns.class);
  /** Internal folder of a run folder: cache, lock, the runs' own folders and the pointer. */
  public static final String INTERNAL = ".samsyn";
  /** The record a run writes into its own folder once all its outputs are there. */
  public static final String COMMIT_RECORD = "commit.json";
  private static final String RUNS = "runs";
  /** Where versions before the per-run folders staged their outputs. */
  private static final String OLD_STAGING = "staging";

  private StagedRuns() {}

  static Path internal(Path out) {
    return out.resolve(INTERNAL);
  }

  /** The folder a run writes its outputs into. */
  static Path of(Path out, String runId) {
    return internal(out).resolve(RUNS).resolve(runId);
  }

  /** Every file a run owns, relative to its folder, {@code run.json} last. */
  public static List<String> outputs() {
    List<String> names = new ArrayList<>(RunFolder.TABLES);
    RunFolder.TABLES.forEach(table -> names.add(RunFolder.EXCEL + "/" + table));
    names.add(RunFolder.REPORT);
    names.add(ReviewQueue.FOLDER_AND_FILE);
    names.add(RunFolder.MANIFEST);
    return names;
  }

  /**
   * Brings the folder to one complete run and removes what crashed runs left behind; the caller
   * holds the folder's lock.
   */
  static void recover(RunLock lock) throws IOException {
    Path out = lock.folder();
    deleteTree(internal(out).resolve(OLD_STAGING));
    Optional<String> inPlace = CommittedRun.inPlace(out);
    String indexed = LuceneIndexer.commitData(out.resolve(LuceneIndexer.FOLDER)).get(CommittedRun.RUN_KEY);
    if (indexed != null && !inPlace.equals(Optional.of(indexed)) && isSealed(out, indexed)) {
      LOG.warn("{}: finishing the run that was interrupted after its index commit", out);
      pointTo(out, indexed, Progress.NONE);
    } else {
      removeRunsBut(out, inPlace);
    }
    for (Path folder : List.of(out, out.resolve(RunFolder.EXCEL), internal(out),
        internal(out).resolve(ResultCache.FOLDER))) {
      AtomicFiles.deleteLeftovers(folder);
    }
  }

  /**
   * For commands that only read a run folder (which shows one run in any case): finishes a run that
   * was interrupted after its index commit, and tidies what crashed runs left, unless a live run holds
   * the folder (which will do it itself). A folder this process may not change is left as it is.
   */
  public static void recoverIfIdle(Path out) {
    if (!leftByACrash(out)) {
      return;
    }
    try {
      Optional<RunLock> lock = RunLock.tryAcquire(out);
      if (lock.isPresent()) {
        try (RunLock held = lock.get()) {
          recover(held);
        }
      }
    } catch (IOException e) {
      LOG.warn("{}: cannot tidy what an interrupted run left there ({}); the next 'samsyn run' will",
          out, e.toString());
    }
  }

  /** Whether a run folder holds the folder of a run other than the one in place. */
  private static boolean leftByACrash(Path out) {
    try {
      return Files.isDirectory(internal(out).resolve(OLD_STAGING))
          || !runsBut(out, CommittedRun.inPlace(out)).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * For a run that stopped on a full disk: where the cache of earlier results is and how large, since
   * it may be deleted to make room (the next run rebuilds it); empty for other failures.
   */
  public static String cacheHint(Path out, IOException failure) {
    if (!String.valueOf(failure.getMessage()).contains("No space left")) {
      return "";
    }
    Path cache = internal(out).resolve(ResultCache.FOLDER);
    long bytes = 0;
    try (Stream<Path> files = Files.walk(cache)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException | UncheckedIOException e) {
      // size unknown
    }
    return "; the disk is full: " + cache + " (" + (bytes >> 20) + " MB of results kept for re-runs) may be deleted";
  }

  /** Writes the commit record of a run's outputs: from now on the run can be finished. */
  static void seal(Path out, String runId) throws IOException {
    Path folder = of(out, runId);
    ObjectNode record = Json.MAPPER.createObjectNode();
    record.put("run", runId);
    ObjectNode files = record.putObject("files");
    for (String name : outputs()) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        files.put(name, Checksums.sha256(file));
      }
    }
    AtomicFiles.write(folder.resolve(COMMIT_RECORD), writer -> Json.MAPPER.writeValue(writer, record));
  }

  /**
   * Puts a sealed run in place, once the index holds it: links for its outputs, the pointer switched
   * in one rename, then the links of outputs it does not have and the other runs' folders removed.
   * Idempotent, so an interrupted switch can be run again.
   */
  static void pointTo(Path out, String runId, Progress progress) throws IOException {
    Path folder = of(out, runId);
    List<String> present = outputs().stream().filter(name -> Files.isRegularFile(folder.resolve(name))).toList();
    for (String name : present) {
      Path link = out.resolve(name);
      if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, linkTarget(out, name));
      }
    }
    progress.checkpoint("linked");
    linkInOneRename(out.resolve(CommittedRun.POINTER), Path.of(RUNS, runId), runId);
    progress.checkpoint("switched");
    for (String name : outputs()) {
      Path link = out.resolve(name);
      if (!present.contains(name)) {
        Files.deleteIfExists(link);
      } else if (!Files.isSymbolicLink(link)) {
        // a file of a version that wrote outputs in place
        linkInOneRename(link, linkTarget(out, name), runId);
      }
    }
    removeIfEmpty(out.resolve(RunFolder.EXCEL));
    Files.deleteIfExists(internal(out).resolve(COMMIT_RECORD));
    removeRunsBut(out, Optional.of(runId));
    progress.checkpoint("previous run removed");
  }

  /** Where the link of an output points: through the pointer, relative to the link's own folder. */
  private static Path linkTarget(Path out, String name) {
    Path link = out.resolve(name);
    return link.getParent().relativize(out.resolve(CommittedRun.POINTER).resolve(name));
  }

  private static boolean isSealed(Path out, String runId) {
    return Files.isRegularFile(of(out, runId).resolve(COMMIT_RECORD));
  }

  /** Makes {@code link} a symbolic link to {@code target} in one rename, whatever stood there before. */
  private static void linkInOneRename(Path link, Path target, String runId) throws IOException {
    Path next = link.resolveSibling("." + link.getFileName() + "." + runId + AtomicFiles.TEMP_SUFFIX);
    Files.deleteIfExists(next);
    Files.createSymbolicLink(next, target);
    move(next, link);
  }

  private static void removeRunsBut(Path out, Optional<String> kept) throws IOException {
    for (Path folder : runsBut(out, kept)) {
      deleteTree(folder);
    }
  }

  /** The folders of the runs in {@code OUT/.samsyn/runs} other than {@code kept}. */
  private static List<Path> runsBut(Path out, Optional<String> kept) throws IOException {
    Path runs = internal(out).resolve(RUNS);
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(runs)) {
      return folders.filter(folder -> !kept.equals(Optional.of(folder.getFileName().toString()))).toList();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void removeIfEmpty(Path folder) throws IOException {
    try {
      Files.deleteIfExists(folder);
    } catch (DirectoryNotEmptyException e) {
      // files the user put there stay
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (NoSuchFileException e) {
      // already gone
    }
  }
}
