package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.batch.Regrouper;
import se.samsyn.batch.RunLock;
import se.samsyn.batch.RunResult;
import se.samsyn.batch.RunSettings;
import se.samsyn.batch.SwedishGrouping;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.review.CodingsFile;

/** {@code samsyn regroup}: a run's statements grouped again with the reviewers' codings, nothing re-extracted. */
@Command(name = "regroup", mixinStandardHelpOptions = true,
    description = {"Groups the statements of a 'samsyn run' output folder again, applying the reviewers'",
        "codings in DIR/review/codings.csv (method 'human', and the classifier's weightiest examples),",
        "and rewrites its tables, report, review queue and index. No input is read or extracted again."})
final class RegroupCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The --out folder of 'samsyn run'.")
  private Path out;

  @CommandLine.Mixin
  private CodebookOption codebook;

  @CommandLine.Mixin
  private ClassifierOption classifier;

  @CommandLine.Mixin
  private LockOption lock;

  @Override
  public Integer call() throws IOException {
    RunSettings settings;
    try {
      settings = Regrouper.settings(out);
    } catch (NoSuchFileException e) {
      throw new UsageException(out + " holds no run.json (is it the --out folder of 'samsyn run'?)");
    }
    OutputFolders.requireWritable(out, "DIR");
    SwedishLexicons lexicons = SwedishLexicons.load();
    RunResult run;
    try (RunLock held = lock.acquire(out);
        IndexAnalysis analysis = IndexAnalysis.swedish(lexicons);
        SwedishGrouping grouping = new SwedishGrouping(lexicons)) {
      LuceneIndexer indexer = new LuceneIndexer(out.resolve(LuceneIndexer.FOLDER), analysis, settings.threads());
      run = new Regrouper(settings, indexer, grouping.grouper(codebook.load(), classifier.nameOr(Regrouper.classifier(out))))
          .regroup(held);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "samsyn: regrouped %d statements of %d files -> %s%n", run.statementCount(),
        run.results().size(), out);
    reportCodings(err, run);
    err.flush();
    return run.codings().notApplied().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  /** How many codings were applied, and each one that was not, with the reason. */
  static void reportCodings(PrintWriter err, RunResult run) {
    if (run.codings().applied() == 0 && run.codings().notApplied().isEmpty()) {
      return;
    }
    err.printf(Locale.ROOT, "samsyn: %d review codings applied (method human) from %s/%s%n", run.codings().applied(),
        CodingsFile.FOLDER, CodingsFile.FILE);
    for (String reason : run.codings().notApplied()) {
      err.println("samsyn: review coding not applied: " + reason);
    }
  }
}
