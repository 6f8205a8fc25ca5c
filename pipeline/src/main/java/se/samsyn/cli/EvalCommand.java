package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.eval.EvalMethod;
import se.samsyn.eval.EvalMethods;
import se.samsyn.eval.EvalReport;
import se.samsyn.eval.GoldItem;
import se.samsyn.eval.Metrics;
import se.samsyn.eval.PrincipleEvaluation;
import se.samsyn.eval.ReviewSimulation;
import se.samsyn.eval.ReviewSimulationReport;
import se.samsyn.eval.RunStatement;
import se.samsyn.eval.RunStatements;
import se.samsyn.models.Codebook;

/** {@code samsyn eval}: principle assignment against gold labels, with baselines beside it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores principle assignment against gold labels (statement_id,set,principles):",
        "structure (headings, inline labels) on all items; Samsyn's classifier, keyword matching,",
        "TF-IDF nearest centroid and MALLET MaxEnt leave-one-document-out with labels hidden."})
final class EvalCommand implements Callable<Integer> {
  /** Random review orders the queue's order is compared with, and the seed of the first. */
  private static final int RANDOM_ORDERS = 5;
  private static final long RANDOM_SEED = 20_261_206L;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold labels (CSV).")
  private Path gold;

  @Option(names = "--run", required = true, paramLabel = "DIR",
      description = "Output folder of 'samsyn run' over the gold documents.")
  private Path run;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  private String format = "text";

  @Option(names = "--simulate-review", paramLabel = "K", split = ",",
      description = "Instead: top-1 on the rest after an oracle reviews the first K statements of each held-out "
          + "document's review queue, beside a random order (e.g. 0,10,25,50,100).")
  private List<Integer> simulateReview = new ArrayList<>();

  @CommandLine.Mixin
  private CodebookOption codebook;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format is text or json, not '" + format + "'");
    }
    if (simulateReview.stream().anyMatch(k -> k < 0)) {
      throw new UsageException("--simulate-review takes counts of 0 or more");
    }
    Codebook principles = codebook.load();
    List<GoldItem> items;
    List<RunStatement> statements;
    try {
      items = GoldItem.read(gold);
      statements = RunStatements.read(run);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (items.isEmpty()) {
      throw new UsageException(gold + " has no gold items (a header row only?)");
    }
    Set<String> inRun = statements.stream().map(s -> s.input().id()).collect(Collectors.toSet());
    long missing = items.stream().filter(item -> !inRun.contains(item.statementId())).count();
    if (missing == items.size()) {
      throw new UsageException("no statement id of " + gold + " occurs in " + run.resolve("statements.csv")
          + " (was the run made from the same documents?)");
    }
    if (missing > 0) {
      spec.commandLine().getErr().printf("samsyn: %d of %d gold items are not among the run's statements and are left out%n",
          missing, items.size());
    }
    try (SwedishGrouping grouping = new SwedishGrouping(SwedishLexicons.load())) {
      PrintWriter out = spec.commandLine().getOut();
      if (!simulateReview.isEmpty()) {
        Map<String, List<ReviewSimulation.Point>> simulated = new ReviewSimulation(grouping.grouper(principles),
            grouping.classifier(principles), SwedishGrouping.shippedExamples(), RANDOM_ORDERS, RANDOM_SEED)
            .simulate(statements, items, simulateReview);
        out.print(format.equals("json") ? ReviewSimulationReport.json(simulated, principles.label()) + "\n"
            : ReviewSimulationReport.text(simulated));
        out.flush();
        return ExitCodes.OK;
      }
      List<EvalMethod> methods = EvalMethods.all(principles, grouping.classifier(principles));
      Map<String, Map<String, Metrics>> results =
          new PrincipleEvaluation(grouping.grouper(principles), methods, SwedishGrouping.shippedExamples())
              .evaluate(statements, items);
      out.print(format.equals("json") ? EvalReport.json(results, principles.label()) + "\n"
          : EvalReport.text(results, "samsyn"));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
