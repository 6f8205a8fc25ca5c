package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.batch.BatchRunner;
import se.samsyn.batch.RunLock;
import se.samsyn.batch.RunResult;
import se.samsyn.batch.RunSettings;
import se.samsyn.batch.StagedRuns;
import se.samsyn.batch.SwedishGrouping;
import se.samsyn.extract.IsolatedExtractor;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.models.Codebook;
import se.samsyn.nlp.LanguageIdentifier;
import se.samsyn.nlp.OpenNlpSentenceSplitter;
import se.samsyn.report.ReportLanguage;
import se.samsyn.run.RunFolder;
import se.samsyn.segment.SegmentationSettings;
import se.samsyn.segment.WorkshopSegmenter;

/** {@code samsyn run}: the batch job from a folder of material to statements and tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Extracts and segments workshop material into statements.",
        "Re-running with the same --out only processes new or changed files."})
final class RunCommand implements Callable<Integer> {
  private static final long MAX_TIMEOUT_SECONDS = 24 * 3600;
  private static final long MAX_FILE_MEGABYTES = 1024 * 1024;
  private static final long MIN_CHARACTERS = 1_000;
  private static final long MIN_STATEMENT_CHARACTERS = 100;
  /** Java strings hold up to about 2^31 characters; a file's text also passes between processes. */
  private static final long MAX_CHARACTERS = 500_000_000;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files and folders (searched recursively).")
  private List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files processed at once, each in its own worker process (default and upper limit: the cores,"
          + " and the worker heaps that fit in memory).")
  private Integer threads;

  @Option(names = "--text-column", paramLabel = "NAME",
      description = "Free-text column of survey exports (repeatable; default: detected).")
  private List<String> textColumns = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = {"Leave out files and folders matching this pattern: a name (README.md, *.tmp) or a path",
          "under an input folder (utkast/**) (repeatable)."})
  private List<String> excludes = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per file (default: ${DEFAULT-VALUE}).")
  private int timeoutSeconds = 120;

  @Option(names = "--max-file-size", paramLabel = "MB", description = "Larger files are skipped (default: ${DEFAULT-VALUE}).")
  private long maxFileMegabytes = 200;

  @Option(names = "--max-characters", paramLabel = "N",
      description = "Text beyond this many characters per file is cut; the file is then PARTIAL, listed in errors.csv,"
          + " and the run exits with 3 (default: ${DEFAULT-VALUE}).")
  private int maxCharacters = 20_000_000;

  @Option(names = "--max-statement-characters", paramLabel = "N",
      description = "Statements longer than this are cut at a word boundary; the file is then PARTIAL"
          + " (default: ${DEFAULT-VALUE}).")
  private int maxStatementCharacters = RunSettings.DEFAULT_MAX_STATEMENT_CHARACTERS;

  @Option(names = "--worker-heap", paramLabel = "SIZE",
      description = "Memory limit of each extraction process, e.g. 512m, 2g (default: ${DEFAULT-VALUE}).")
  private String workerHeap = "1g";

  @CommandLine.Mixin
  private CodebookOption codebook;

  @CommandLine.Mixin
  private ClassifierOption classifier;

  @CommandLine.Mixin
  private LockOption lock;

  @Option(names = "--excel",
      description = "Also write every CSV for Swedish Excel (byte-order mark, ';', decimal comma) to DIR/excel/.")
  private boolean excel;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of report.html: sv (Swedish) or en (English) (default: ${DEFAULT-VALUE}).")
  private String language = ReportLanguage.SV.code();

  @Option(names = "--quiet", description = "No progress line.")
  private boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    RunSettings settings = settings(err);
    try (RunLock held = lock.acquire(settings.out())) {
      return run(settings, held, err);
    } catch (IOException e) {
      err.println("samsyn: the run stopped (" + e + "); the tables, report and index in " + settings.out()
          + " still describe one complete run" + StagedRuns.cacheHint(settings.out(), e));
      if (SamsynCommand.verbose(spec.root().commandLine().getParseResult())) {
        e.printStackTrace(err);
      }
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  private int run(RunSettings settings, RunLock lock, PrintWriter err) throws IOException, InterruptedException {
    Codebook principles = codebook.load();
    SwedishLexicons lexicons = SwedishLexicons.load();
    try (IsolatedExtractor extractor = new IsolatedExtractor(new IsolatedExtractor.Settings(
        settings.threads(), settings.fileTimeout(), settings.workerHeap(), settings.maxCharacters()));
        IndexAnalysis analysis = IndexAnalysis.swedish(lexicons);
        SwedishGrouping grouping = new SwedishGrouping(lexicons)) {
      WorkshopSegmenter segmenter = new WorkshopSegmenter(settings.segmentation(),
          OpenNlpSentenceSplitter.swedish(), LanguageIdentifier.load(), lexicons.spelling());
      ConsoleProgress progress = new ConsoleProgress(err, !quiet && Boolean.getBoolean("samsyn.stderr.terminal"));
      LuceneIndexer indexer = new LuceneIndexer(settings.out().resolve(LuceneIndexer.FOLDER), analysis,
          settings.threads());
      RunResult run = new BatchRunner(settings, extractor, segmenter, indexer, grouping.grouper(principles, classifier.name()))
          .run(lock, CrashTestPause.around(progress, err));
      progress.finish();
      err.println(summary(run));
      RegroupCommand.reportCodings(err, run);
      err.flush();
      return run.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
  }

  private RunSettings settings(PrintWriter err) {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new UsageException("input not found: " + input);
      }
    }
    RunChecks.range("--timeout", timeoutSeconds, 1, MAX_TIMEOUT_SECONDS);
    RunChecks.range("--max-file-size", maxFileMegabytes, 1, MAX_FILE_MEGABYTES);
    RunChecks.range("--max-characters", maxCharacters, MIN_CHARACTERS, MAX_CHARACTERS);
    RunChecks.range("--max-statement-characters", maxStatementCharacters, MIN_STATEMENT_CHARACTERS, maxCharacters);
    long heapBytes = RunChecks.heapBytes(workerHeap);
    int limit = RunChecks.threadLimit(heapBytes);
    if (threads != null) {
      RunChecks.range("--threads", threads, 1, Integer.MAX_VALUE);
      if (threads > limit) {
        err.println(RunChecks.threadNote(threads, limit, heapBytes));
      }
    }
    ReportLanguage reportLanguage = ReportLanguage.of(language).orElseThrow(() ->
        new UsageException("--lang takes one of " + ReportLanguage.codes() + ", not '" + language + "'"));
    RunChecks.separate(inputs, out);
    excludes.forEach(RunChecks::glob);
    OutputFolders.requireWritable(out, "--out");
    return new RunSettings(inputs, out, threads == null ? limit : Math.min(threads, limit),
        Duration.ofSeconds(timeoutSeconds), maxFileMegabytes * 1024 * 1024, workerHeap, maxCharacters,
        maxStatementCharacters,
        new SegmentationSettings(textColumns, SegmentationSettings.DEFAULT_MAX_STATEMENT_WORDS), excel, reportLanguage,
        excludes);
  }

  private String summary(RunResult run) {
    return String.format(Locale.ROOT,
        "samsyn: %d files (%d new, %d changed, %d unchanged, %d removed), %d failed or not read in full"
            + "; %d statements in %.1f s -> %s (report: %s)",
        run.results().size(), run.added(), run.changed(), run.unchanged(), run.removed(),
        run.failures().size(), run.statementCount(), run.elapsed().toMillis() / 1000.0, out,
        out.resolve(RunFolder.REPORT));
  }
}
