package se.samsyn.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
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
import se.samsyn.export.AtomicFiles;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.report.HtmlReport;
import se.samsyn.review.ReviewQueue;

/**
 * Makes a run all or nothing. A run writes its outputs into {@code OUT/.samsyn/staging/}, then a
 * commit record naming them (with checksums and a run id), then commits the index with the same run
 * id, and only then moves the staged files into place. A crash before the index commit leaves the
 * previous run untouched (the staging folder is discarded); a crash after it is finished by the
 * next command that opens the folder, which moves the rest into place. The record of the run in
 * place is kept as {@code OUT/.samsyn/commit.json}.
 */
public final class RunFolder {
  private static final Logger LOG = LoggerFactory.getLogger(RunFolder.class);
  /** Internal folder of a run folder: cache, lock, staging and commit record. */
  public static final String INTERNAL = ".samsyn";
  public static final String COMMIT_RECORD = "commit.json";
  /** Commit user data key of the index naming the run that committed it. */
  public static final String RUN_KEY = "samsyn.run";
  static final String STAGING = "staging";

  private RunFolder() {}

  static Path internal(Path out) {
    return out.resolve(INTERNAL);
  }

  static Path staging(Path out) {
    return internal(out).resolve(STAGING);
  }

  /** Every file a run owns, relative to its folder, in the order they are moved into place ({@code run.json} last). */
  public static List<String> outputs() {
    List<String> names = new ArrayList<>(RunOutputs.TABLES);
    RunOutputs.TABLES.forEach(table -> names.add(RunOutputs.EXCEL + "/" + table));
    names.add(HtmlReport.FILE);
    names.add(ReviewQueue.FOLDER_AND_FILE);
    names.add(RunOutputs.MANIFEST);
    return names;
  }

  /**
   * Brings the folder to one complete run and removes what crashed runs left behind; the caller
   * holds the folder's lock.
   */
  static void recover(RunLock lock) throws IOException {
    Path out = lock.folder();
    Path staging = staging(out);
    if (Files.isDirectory(staging)) {
      Optional<JsonNode> record = record(staging.resolve(COMMIT_RECORD));
      String indexed = LuceneIndexer.commitData(out.resolve(LuceneIndexer.FOLDER)).get(RUN_KEY);
      if (record.isPresent() && record.get().path("run").asText().equals(indexed)) {
        LOG.warn("{}: finishing the run that was interrupted after its index commit", out);
        moveIntoPlace(out, record.get(), Progress.NONE);
      } else {
        LOG.warn("{}: discarding the outputs of a run that was interrupted before it finished", out);
        deleteTree(staging);
      }
    }
    for (Path folder : List.of(out, out.resolve(RunOutputs.EXCEL), internal(out).resolve(ResultCache.FOLDER))) {
      AtomicFiles.deleteLeftovers(folder);
    }
  }

  /**
   * For commands that only read a run folder: finishes an interrupted run unless a live run holds
   * the folder (which will finish it itself). A folder this process may not change is left as it is,
   * with a warning.
   */
  public static void recoverIfIdle(Path out) {
    if (!Files.isDirectory(staging(out))) {
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
      LOG.warn("{}: cannot finish the run that was interrupted there ({}); its tables and index may describe"
          + " different runs until the next 'samsyn run'", out, e.toString());
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

  /** Writes the commit record of the staged outputs: from now on the run can be finished. */
  static void seal(Path out, String runId) throws IOException {
    Path staging = staging(out);
    ObjectNode record = ResultCache.JSON.createObjectNode();
    record.put("run", runId);
    ObjectNode files = record.putObject("files");
    for (String name : outputs()) {
      Path file = staging.resolve(name);
      if (Files.isRegularFile(file)) {
        files.put(name, Checksums.sha256(file));
      }
    }
    AtomicFiles.write(staging.resolve(COMMIT_RECORD), writer -> ResultCache.JSON.writeValue(writer, record));
  }

  /** Moves the sealed outputs into place once the index holds the same run. */
  static void switchTo(Path out, Progress progress) throws IOException {
    Path staging = staging(out);
    JsonNode record = record(staging.resolve(COMMIT_RECORD))
        .orElseThrow(() -> new IOException("no commit record in " + staging));
    moveIntoPlace(out, record, progress);
  }

  /** Idempotent: files already moved are skipped, so an interrupted switch can be run again. */
  private static void moveIntoPlace(Path out, JsonNode record, Progress progress) throws IOException {
    Path staging = staging(out);
    JsonNode files = record.path("files");
    for (String name : outputs()) {
      Path target = out.resolve(name);
      if (!files.has(name)) {
        Files.deleteIfExists(target);
      } else if (Files.exists(staging.resolve(name))) {
        Files.createDirectories(target.getParent());
        move(staging.resolve(name), target);
        progress.checkpoint("switched " + name);
      }
    }
    removeIfEmpty(out.resolve(RunOutputs.EXCEL));
    move(staging.resolve(COMMIT_RECORD), internal(out).resolve(COMMIT_RECORD));
    deleteTree(staging);
  }

  private static Optional<JsonNode> record(Path file) {
    try {
      return Optional.of(ResultCache.JSON.readTree(file.toFile()));
    } catch (IOException e) {
      return Optional.empty();
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
