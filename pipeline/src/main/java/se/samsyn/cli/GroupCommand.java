package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.batch.FreeStatementGrouping;
import se.samsyn.batch.SwedishGrouping;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.StatementKind;
import se.samsyn.core.Theme;
import se.samsyn.eval.RunStatement;
import se.samsyn.eval.RunStatements;
import se.samsyn.extract.statements.FreeStatementReaders;
import se.samsyn.extract.statements.FreeStatements;
import se.samsyn.group.Grouping;
import se.samsyn.group.HumanCoding;
import se.samsyn.models.Codebook;
import se.samsyn.nlp.LanguageIdentifier;
import se.samsyn.nlp.OpenNlpSentenceSplitter;
import se.samsyn.run.StatementTable;
import se.samsyn.segment.SegmentationSettings;
import se.samsyn.segment.WorkshopSegmenter;

/** {@code samsyn group}: principles and emerging themes for free statements such as survey answers. */
@Command(name = "group", mixinStandardHelpOptions = true,
    description = {"Labels free statements without structure (survey answers, comments) with principles",
        "and emerging themes, in the columns of a run's statements.csv."})
final class GroupCommand implements Callable<Integer> {
  /** Most characters read from the input, as in {@code samsyn run}. */
  private static final int MAX_CHARACTERS = 20_000_000;
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "Statements: a survey export read as 'samsyn run' reads it (CSV in any dialect and encoding,"
          + " XLSX, ODS; header row) or JSON Lines.")
  private Path input;

  @Option(names = "--text-column", paramLabel = "NAME",
      description = "Column/field of the text (default: the free-text column as 'run' detects it; 'text' in JSON Lines).")
  private String textColumn;

  @Option(names = "--id-column", paramLabel = "NAME",
      description = "Column/field of the ids (default: 'id' when present, else the row number).")
  private String idColumn;

  @Option(names = "--learn-from", paramLabel = "DIR",
      description = "Output folder of an earlier 'samsyn run': its heading/inline-labelled statements and its "
          + "review codings (the weightiest) train the classifier.")
  private List<Path> learnFrom = new ArrayList<>();

  @CommandLine.Mixin
  private CodebookOption codebook;

  @CommandLine.Mixin
  private ClassifierOption classifier;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the labelled CSV.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new UsageException("input not found: " + input);
    }
    OutputFolders.requireWritableFile(out, "--out");
    Codebook principles = codebook.load();
    SwedishLexicons lexicons = SwedishLexicons.load();
    FreeStatements.Contents contents = read(lexicons);
    List<RunStatement> earlier = new ArrayList<>();
    Map<String, HumanCoding> human = new LinkedHashMap<>();
    List<String> notApplied = new ArrayList<>();
    readEarlierRuns(principles, earlier, human, notApplied);
    Grouping grouping;
    try (SwedishGrouping swedish = new SwedishGrouping(lexicons)) {
      grouping = FreeStatementGrouping.group(swedish.grouper(principles, classifier.name()),
          contents.items().stream().map(FreeStatements.Item::text).toList(), earlier, human);
    }
    write(contents.items(), grouping.byStatement());
    report(contents, grouping);
    return contents.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private FreeStatements.Contents read(SwedishLexicons lexicons) throws IOException {
    // The segmenter takes seconds to load, so it is made only when the input is a table.
    FreeStatementReaders readers = new FreeStatementReaders(MAX_CHARACTERS,
        extraction -> tableSegmenter(lexicons).segment(extraction));
    try {
      return readers.read(input, textColumn, idColumn);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private WorkshopSegmenter tableSegmenter(SwedishLexicons lexicons) {
    // One answer is one statement however long: the table's rows are what the output lists.
    SegmentationSettings settings = new SegmentationSettings(textColumn == null ? List.of() : List.of(textColumn),
        Integer.MAX_VALUE);
    return new WorkshopSegmenter(settings, OpenNlpSentenceSplitter.swedish(), LanguageIdentifier.load(),
        lexicons.spelling());
  }

  /** The statements and review codings of the earlier runs named by --learn-from. */
  private void readEarlierRuns(Codebook principles, List<RunStatement> statements, Map<String, HumanCoding> human,
      List<String> notApplied) {
    for (Path run : learnFrom) {
      try {
        List<RunStatement> ofRun = RunStatements.read(run);
        statements.addAll(ofRun);
        human.putAll(RunStatements.humanCodings(run, ofRun, principles, notApplied));
      } catch (IOException e) {
        throw new UsageException("--learn-from: " + e.getMessage());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!human.isEmpty()) {
      err.printf(Locale.ROOT, "samsyn: learning from %d review codings of --learn-from%n", human.size());
    }
    notApplied.forEach(reason -> err.println("samsyn: review coding not used: " + reason));
  }

  private void write(List<FreeStatements.Item> items, Map<String, StatementGroups> groups) throws IOException {
    CsvTable.write(out, StatementTable.COLUMNS, table -> {
      for (int i = 0; i < items.size(); i++) {
        // Free statements are answers: participants' voices, as a survey row in 'samsyn run' always is.
        table.row(StatementTable.row(CodedStatement.withoutDocument(items.get(i).id(), StatementKind.VOICE,
            groups.get(Integer.toString(i)))).toArray());
      }
    });
  }

  private void report(FreeStatements.Contents contents, Grouping grouping) {
    PrintWriter err = spec.commandLine().getErr();
    for (FreeStatements.Problem problem : contents.problems()) {
      err.println("samsyn: " + input + " line " + problem.line() + ": " + problem.reason() + " (skipped)");
    }
    long other = grouping.statements().stream().filter(g -> g.assignments().isEmpty()).count();
    err.printf(Locale.ROOT, "samsyn: %d statements, %d under principles, %d other in %d emerging themes -> %s%n",
        contents.items().size(), contents.items().size() - other, other, grouping.themes().size(), out);
    for (Theme theme : grouping.themes()) {
      err.printf(Locale.ROOT, "  %-40s %d%n", theme.label(), theme.members().size());
    }
    err.flush();
  }
}
