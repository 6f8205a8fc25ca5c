package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.batch.SwedishGrouping;
import se.samsyn.core.AtomicFiles;
import se.samsyn.core.CodedStatement;
import se.samsyn.eval.EvalMethod;
import se.samsyn.eval.EvalMethods;
import se.samsyn.eval.EvalReport;
import se.samsyn.eval.GoldItem;
import se.samsyn.eval.PrincipleEvaluation;
import se.samsyn.eval.ReviewSimulation;
import se.samsyn.eval.ReviewSimulationReport;
import se.samsyn.eval.RunStatement;
import se.samsyn.eval.RunStatements;
import se.samsyn.group.Classifiers;
import se.samsyn.group.Grouper;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;
import se.samsyn.run.RunFolder;

/** {@code samsyn eval}: principle assignment against gold labels, with the peers beside it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores principle assignment against gold labels (statement_id,set,principles):",
        "structure (headings, inline labels) on all items; the classifiers and baselines by nested",
        "leave-one-document-out with labels hidden (settings, temperature and the 'other' threshold",
        "chosen without the held-out document). With --verbose, each variant's fit in nested selection."})
final class EvalCommand implements Callable<Integer> {
  /** The block of a Markdown file that {@code --write-table} replaces. */
  static final String TABLE_START = "<!-- samsyn eval: start -->";
  static final String TABLE_END = "<!-- samsyn eval: end -->";

  /** Random review orders the queue's order is compared with, and the seed of the first. */
  private static final int RANDOM_ORDERS = 5;
  private static final long RANDOM_SEED = 20_261_206L;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold labels (CSV; this, --structure-gold or both).")
  private Path gold;

  @Option(names = "--structure-gold", paramLabel = "GLOB",
      description = "Also score the statements that headings and inline labels labelled in the run's documents whose "
          + "file name matches GLOB (repeatable; e.g. 'region-*.docx'), their headings hidden: material kept outside "
          + "the gold file's documents, in a set per file.")
  private List<String> structureGold = new ArrayList<>();

  @Option(names = "--run", required = true, paramLabel = "DIR",
      description = "Output folder of 'samsyn run' over the gold documents.")
  private Path run;

  @Option(names = "--off-topic", paramLabel = "FILE",
      description = "Off-topic remarks, one per line, whose right answer is 'other' (repeatable; each file is held out as one document).")
  private List<Path> offTopic = new ArrayList<>();

  @Option(names = "--methods", split = ",", paramLabel = "NAME",
      description = "Methods to compare (default: all): ${COMPLETION-CANDIDATES}.", completionCandidates = MethodNames.class)
  private List<String> methods = EvalMethods.names();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  private String format = "text";

  @Option(names = "--write-table", paramLabel = "FILE",
      description = "Also write the Markdown table into FILE between the lines '" + TABLE_START + "' and '" + TABLE_END + "'.")
  private Path tableFile;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write every held-out prediction (item, method, predicted principle, confidence, what a run writes, text) as CSV.")
  private Path predictionsFile;

  @Option(names = "--simulate-review", paramLabel = "K", split = ",",
      description = "Instead: top-1 on the rest after an oracle reviews the first K statements of each held-out "
          + "document's review queue, beside a random order (e.g. 0,10,25,50,100).")
  private List<Integer> simulateReview = new ArrayList<>();

  @CommandLine.Mixin
  private CodebookOption codebook;

  @Override
  public Integer call() throws IOException {
    if (!List.of("text", "markdown", "json").contains(format)) {
      throw new UsageException("--format is text, markdown or json, not '" + format + "'");
    }
    for (String method : methods) {
      if (!EvalMethods.names().contains(method)) {
        throw new UsageException("unknown method '" + method + "' in --methods; choose among " + String.join(", ", EvalMethods.names()));
      }
    }
    if (simulateReview.stream().anyMatch(k -> k < 0)) {
      throw new UsageException("--simulate-review takes counts of 0 or more");
    }
    Codebook principles = codebook.load();
    List<GoldItem> items;
    List<RunStatement> statements;
    Map<String, List<String>> remarks;
    if (gold == null && structureGold.isEmpty()) {
      throw new UsageException("give gold labels: --gold FILE, --structure-gold GLOB or both");
    }
    if (!simulateReview.isEmpty() && (predictionsFile != null || tableFile != null)) {
      throw new UsageException("--predictions and --write-table write what the comparison found; --simulate-review is another measurement");
    }
    Path predictionsFolder = predictionsFile == null ? null : predictionsFile.toAbsolutePath().getParent();
    if (predictionsFolder != null && !Files.isDirectory(predictionsFolder)) {
      throw new UsageException("--predictions: no folder " + predictionsFolder + " to write " + predictionsFile.getFileName() + " in");
    }
    try {
      List<CodedStatement> coded = RunStatements.readCoded(run);
      items = goldItems(coded);
      statements = RunStatements.of(coded);
      remarks = readRemarks();
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (items.isEmpty()) {
      throw new UsageException(gold != null && structureGold.isEmpty() ? gold + " has no gold items (a header row only?)"
          : "no gold items: no statement of a document matching " + String.join(", ", structureGold)
              + " was labelled by a heading or inline label" + (gold != null ? ", and " + gold + " has none" : ""));
    }
    Set<String> inRun = statements.stream().map(s -> s.input().id()).collect(Collectors.toSet());
    long missing = items.stream().filter(item -> !inRun.contains(item.statementId())).count();
    if (missing == items.size()) {
      throw new UsageException("no statement id of " + gold + " occurs in " + run.resolve(RunFolder.STATEMENTS)
          + " (was the run made from the same documents?)");
    }
    if (missing > 0) {
      spec.commandLine().getErr().printf("samsyn: %d of %d gold items are not among the run's statements and are left out%n",
          missing, items.size());
    }
    try (SwedishGrouping grouping = new SwedishGrouping(SwedishLexicons.load())) {
      PrintWriter out = spec.commandLine().getOut();
      if (!simulateReview.isEmpty()) {
        Grouper grouper = grouping.grouper(principles, Classifiers.DEFAULT);
        Map<String, PrincipleClassifier> chosenWithout = new PrincipleEvaluation(grouper, List.of(),
            SwedishGrouping.shippedExamples()).chosenWithout(
            EvalMethods.create(Classifiers.DEFAULT, principles, grouping.terms()), statements, items);
        Map<String, List<ReviewSimulation.Point>> simulated = new ReviewSimulation(grouper, chosenWithout::get,
            SwedishGrouping.shippedExamples(), RANDOM_ORDERS, RANDOM_SEED).simulate(statements, items, simulateReview);
        out.print(format.equals("json") ? ReviewSimulationReport.json(simulated, principles.label()) + "\n"
            : ReviewSimulationReport.text(simulated));
        out.flush();
        return ExitCodes.OK;
      }
      List<EvalMethod> compared = methods.stream()
          .map(name -> EvalMethods.create(name, principles, grouping.terms())).toList();
      PrincipleEvaluation.Results results =
          new PrincipleEvaluation(grouping.grouper(principles, Classifiers.DEFAULT), compared, SwedishGrouping.shippedExamples())
              .evaluate(statements, items, remarks);
      EvalReport report = new EvalReport(results);
      out.print(switch (format) {
        case "json" -> report.json(principles.label()) + "\n";
        case "markdown" -> report.markdown();
        default -> report.text(compared.get(0).name());
      });
      out.flush();
      if (tableFile != null) {
        writeTable(report.markdown());
      }
      if (predictionsFile != null) {
        report.writePredictions(predictionsFile, textsById(statements, remarks)::get);
      }
    }
    return ExitCodes.OK;
  }

  /** The items of the gold file, then those of the run's structure in matching documents the file has none of. */
  private List<GoldItem> goldItems(List<CodedStatement> coded) throws IOException {
    Map<String, GoldItem> items = new LinkedHashMap<>();
    if (gold != null) {
      GoldItem.read(gold).forEach(item -> items.putIfAbsent(item.statementId(), item));
    }
    if (!structureGold.isEmpty()) {
      RunStatements.structureGold(coded, structureGold, items.keySet()).forEach(item -> items.putIfAbsent(item.statementId(), item));
    }
    return List.copyOf(items.values());
  }

  private Map<String, List<String>> readRemarks() throws IOException {
    Map<String, List<String>> remarks = new LinkedHashMap<>();
    for (Path file : offTopic) {
      remarks.put(file.getFileName().toString(), PrincipleEvaluation.readRemarks(file));
    }
    return remarks;
  }

  /** The text of every statement of the run and of every off-topic remark, by its gold item id. */
  private static Map<String, String> textsById(List<RunStatement> statements, Map<String, List<String>> remarks) {
    Map<String, String> texts = new HashMap<>();
    statements.forEach(s -> texts.put(s.input().id(), s.input().text()));
    remarks.forEach((file, lines) -> {
      for (int i = 0; i < lines.size(); i++) {
        texts.put(PrincipleEvaluation.remarkId(file, i), lines.get(i));
      }
    });
    return texts;
  }

  /** Replaces the marked block of the table file, atomically; a file without the markers is a usage error. */
  private void writeTable(String table) throws IOException {
    String text = Files.readString(tableFile, StandardCharsets.UTF_8);
    int start = text.indexOf(TABLE_START);
    int end = text.indexOf(TABLE_END);
    if (start < 0 || end < start) {
      throw new UsageException(tableFile + " has no lines '" + TABLE_START + "' and '" + TABLE_END + "' to write the table between");
    }
    String replaced = text.substring(0, start + TABLE_START.length()) + "\n" + table + text.substring(end);
    AtomicFiles.write(tableFile, writer -> writer.write(replaced));
  }

  /** The method names picocli lists in the help. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EvalMethods.names().iterator();
    }
  }
}
