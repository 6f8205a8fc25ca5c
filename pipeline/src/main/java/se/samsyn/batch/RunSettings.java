package se.samsyn.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import se.samsyn.report.ReportLanguage;
import se.samsyn.segment.SegmentationSettings;

/**
 * Everything a batch run needs to know; built by the CLI, read by nothing else.
 *
 * @param inputs        files and folders to process (folders recursively)
 * @param out           output folder
 * @param threads       files processed at once (and extraction worker processes)
 * @param fileTimeout   longest time one file may take to extract
 * @param maxFileBytes  larger files are skipped
 * @param workerHeap    heap limit of each extraction worker process, e.g. {@code 1g}
 * @param maxCharacters text beyond this many characters per file is cut
 * @param maxStatementCharacters statements longer than this are cut
 * @param segmentation  segmentation choices
 * @param excel         also write the CSV files for Swedish Excel, in {@code OUT/excel/}
 * @param language      language of report.html
 * @param excludes      glob patterns ({@code README.md}, {@code **}{@code /utkast/**}) of files and folders under
 *                      the inputs that are not read
 */
public record RunSettings(
    List<Path> inputs,
    Path out,
    int threads,
    Duration fileTimeout,
    long maxFileBytes,
    String workerHeap,
    int maxCharacters,
    int maxStatementCharacters,
    SegmentationSettings segmentation,
    boolean excel,
    ReportLanguage language,
    List<String> excludes) {
  /** Statements longer than this are cut unless the run says otherwise. */
  public static final int DEFAULT_MAX_STATEMENT_CHARACTERS = 10_000;

  /** Settings that exclude nothing. */
  public RunSettings(List<Path> inputs, Path out, int threads, Duration fileTimeout, long maxFileBytes,
      String workerHeap, int maxCharacters, int maxStatementCharacters, SegmentationSettings segmentation,
      boolean excel, ReportLanguage language) {
    this(inputs, out, threads, fileTimeout, maxFileBytes, workerHeap, maxCharacters, maxStatementCharacters,
        segmentation, excel, language, List.of());
  }

  public RunSettings {
    inputs = List.copyOf(inputs);
    excludes = List.copyOf(excludes);
    excludes.forEach(InputScanner::matcher); // an unreadable pattern fails here, not halfway through a run
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(fileTimeout, "fileTimeout");
    Objects.requireNonNull(workerHeap, "workerHeap");
    Objects.requireNonNull(segmentation, "segmentation");
    Objects.requireNonNull(language, "language");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one input");
    }
    if (threads < 1 || maxFileBytes < 1 || maxCharacters < 1 || maxStatementCharacters < 2) {
      throw new IllegalArgumentException("threads, size and character limits must be positive");
    }
  }
}
