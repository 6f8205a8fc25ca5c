package se.samsyn.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.core.Checksums;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.Extraction;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.SourceFile;
import se.samsyn.extract.Extractor;
import se.samsyn.group.Grouper;
import se.samsyn.index.Indexer;
import se.samsyn.run.RunFolder;
import se.samsyn.segment.Segmenter;
import se.samsyn.segment.SurveyTable;

/**
 * The main job: finds the input files, reuses the results of unchanged ones, extracts and segments
 * the rest in parallel, writes the outputs and updates the search index. A file that fails is
 * reported and the batch goes on.
 */
public final class BatchRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

  private final RunSettings settings;
  private final Extractor extractor;
  private final Segmenter segmenter;
  private final Indexer indexer;
  private final Grouper grouper;

  public BatchRunner(RunSettings settings, Extractor extractor, Segmenter segmenter, Indexer indexer,
      Grouper grouper) {
    this.settings = settings;
    this.extractor = extractor;
    this.segmenter = segmenter;
    this.indexer = indexer;
    this.grouper = grouper;
  }

  /**
   * Runs the batch into the folder {@code lock} guards: first repairs what an interrupted run left,
   * then stages every output and switches to them at the end (see {@link StagedRuns}), telling
   * {@code progress} about each file and each point passed.
   */
  public RunResult run(RunLock lock, Progress progress) throws IOException, InterruptedException {
    Path out = settings.out();
    if (!lock.folder().equals(out)) {
      throw new IllegalArgumentException("the lock guards " + lock.folder() + ", not " + out);
    }
    StageTimes times = new StageTimes();
    StagedRuns.recover(lock);
    Map<String, String> previous = new RunFolder(out).inputs();
    InputScanner.Scan scan = InputScanner.list(settings.inputs(), out, settings.excludes());
    ResultCache cache = new ResultCache(settings);
    times.lap("scan");
    progress.checkpoint("scanned");
    List<DocumentResult> results = withoutDuplicates(inSourceOrder(processAll(scan.files(), cache, progress),
        unreadable(scan.unreadable())));
    times.lap("extract_segment");
    progress.checkpoint("extracted");

    int added = 0;
    int changed = 0;
    Set<String> current = new HashSet<>();
    for (DocumentResult result : results) {
      String before = previous.get(result.source().source());
      current.add(result.source().source());
      if (before == null) {
        added++;
      } else if (!before.equals(result.source().sha256())) {
        changed++;
      }
    }
    int unchanged = results.size() - added - changed;
    int removed = (int) previous.keySet().stream().filter(s -> !current.contains(s)).count();
    RunResult run = new RunPublisher(settings, indexer, grouper).publish(results,
        new RunPublisher.Changes(added, changed, unchanged, removed), times, lock, progress);
    cache.retainOnly(results.stream().map(r -> r.source().sha256()).collect(Collectors.toSet()));
    progress.checkpoint("finished");
    return run;
  }

  private static List<DocumentResult> unreadable(Map<Path, String> entries) {
    return entries.entrySet().stream()
        .map(e -> report(failed(InputScanner.unread(e.getKey(), 0), ExtractionStatus.FAILED,
            "cannot read " + (Files.isDirectory(e.getKey()) ? "folder" : "file") + " (" + e.getValue() + ")")))
        .toList();
  }

  private static List<DocumentResult> inSourceOrder(List<DocumentResult> processed, List<DocumentResult> unreadable) {
    List<DocumentResult> all = new ArrayList<>(processed);
    all.addAll(unreadable);
    all.sort(Comparator.comparing(r -> r.source().source()));
    return all;
  }

  private List<DocumentResult> processAll(List<Path> files, ResultCache cache, Progress progress)
      throws InterruptedException, IOException {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<DocumentResult>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          DocumentResult result = process(file, cache);
          progress.fileDone(done.incrementAndGet(), files.size());
          return result;
        }));
      }
      List<DocumentResult> results = new ArrayList<>();
      for (Future<DocumentResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("processing failed unexpectedly: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private DocumentResult process(Path file, ResultCache cache) {
    SourceFile source;
    try {
      long size = Files.size(file);
      if (size > settings.maxFileBytes()) {
        return report(failed(InputScanner.unread(file, size), ExtractionStatus.SKIPPED,
            "larger than the size limit of " + settings.maxFileBytes() / (1024 * 1024) + " MB (--max-file-size)"));
      }
      source = InputScanner.describe(file);
    } catch (IOException e) {
      return report(failed(InputScanner.unread(file, 0), ExtractionStatus.FAILED,
          "cannot read file (" + e.getMessage() + ")"));
    }
    var cached = cache.find(source.sha256());
    if (cached.isPresent()) {
      return report(cached.get().withSource(source));
    }
    DocumentResult result = extractAndSegment(source);
    // Failures and time-outs are retried on the next run: the cause may have been passing.
    if (result.status().hasText() || result.status() == ExtractionStatus.SKIPPED) {
      try {
        cache.put(source.sha256(), result);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return report(result);
  }

  /** A bug in extraction or segmentation costs the file it happened on, not the batch. */
  private DocumentResult extractAndSegment(SourceFile source) {
    try {
      Extraction extraction = extractor.extract(source);
      Document document = segmenter.segment(extraction);
      if (extraction.status().hasText() && document.statements().isEmpty()
          && SurveyTable.SPREADSHEET_FORMATS.contains(extraction.format())) {
        return new DocumentResult(document, ExtractionStatus.SKIPPED, settings.segmentation().textColumns().isEmpty()
            ? "no free-text column found (are the answers very short?); name it with --text-column"
            : "none of the columns named with --text-column has answers");
      }
      return StatementLimit.apply(new DocumentResult(document, extraction.status(), extraction.error()),
          settings.maxStatementCharacters());
    } catch (RuntimeException e) {
      LOG.debug("processing {} failed", source.source(), e);
      return failed(source, ExtractionStatus.FAILED, "internal error while processing (" + e + ")");
    }
  }

  static DocumentResult failed(SourceFile source, ExtractionStatus status, String reason) {
    Document empty = new Document(source.documentId(), source, "", "", null, "", "", List.of());
    return new DocumentResult(empty, status, reason);
  }

  private static DocumentResult report(DocumentResult result) {
    if (!result.status().isComplete()) {
      LOG.warn("{}: {} ({})", result.source().source(), result.error(), result.status());
    }
    return result;
  }

  /** Identical files would give identical statement ids: the first one (by path) counts. */
  private static List<DocumentResult> withoutDuplicates(List<DocumentResult> results) {
    Map<String, String> firstSourceOf = new HashMap<>();
    List<DocumentResult> unique = new ArrayList<>();
    for (DocumentResult result : results) {
      if (result.source().sha256().equals(Checksums.NOT_READ)) {
        unique.add(result);
        continue;
      }
      String first = firstSourceOf.putIfAbsent(result.source().sha256(), result.source().source());
      unique.add(first == null ? result
          : report(failed(result.source(), ExtractionStatus.SKIPPED, "same content as " + first)));
    }
    return unique;
  }
}
