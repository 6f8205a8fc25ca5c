package se.samsyn.eval;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.Method;
import se.samsyn.core.Statement;
import se.samsyn.core.StatementKind;
import se.samsyn.group.GroupingInput;
import se.samsyn.group.HumanCoding;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.StructureLabeler;
import se.samsyn.models.Codebook;
import se.samsyn.review.AppliedCodings;
import se.samsyn.review.CodingsFile;
import se.samsyn.run.RunFolder;

/**
 * The statements of an earlier {@code samsyn run}, read back from its {@code statements.csv}. A
 * statement's passage is the one it would have with no headings at all (its slide or table row, else
 * the whole document): when headings are hidden from a classifier (evaluation), where one section
 * ends must be hidden too.
 */
public final class RunStatements {
  private RunStatements() {}

  /**
   * The statements the run's structure labelled, as classifier training examples by document id
   * (documents and statements in reading order). {@code labelled} is the structure of the run's
   * statements: it gives the text the classifier reads; the run gives the principles.
   */
  public static Map<String, List<PrincipleClassifier.Example>> structuralExamples(List<RunStatement> run,
      List<StructureLabeler.Labelled> labelled) {
    Map<String, RunStatement> written = new HashMap<>();
    run.forEach(statement -> written.put(statement.input().id(), statement));
    Map<String, List<PrincipleClassifier.Example>> examples = new LinkedHashMap<>();
    for (StructureLabeler.Labelled statement : labelled) {
      RunStatement statementOfRun = written.get(statement.input().id());
      if (statementOfRun.structural()) {
        examples.computeIfAbsent(statement.input().documentId(), d -> new ArrayList<>())
            .add(statementOfRun.toExample(statement.classifierText()));
      }
    }
    return examples;
  }

  /**
   * The run's statements coded in review: those its statements.csv has as {@code human} and the
   * codings of its {@code review/codings.csv} that still fit (these win).
   *
   * @param notApplied receives a line for each coding of the file that does not fit the run
   */
  public static Map<String, HumanCoding> humanCodings(Path runFolder, List<RunStatement> run, Codebook codebook,
      List<String> notApplied) throws IOException {
    Map<String, HumanCoding> human = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (RunStatement statement : run) {
      texts.put(statement.input().id(), statement.input().text());
      if (statement.method().equals(Method.HUMAN.label())) {
        human.put(statement.input().id(), new HumanCoding(statement.input().id(), statement.principles(), ""));
      }
    }
    AppliedCodings applied = AppliedCodings.check(CodingsFile.of(runFolder).read(), texts, codebook);
    human.putAll(applied.human());
    notApplied.addAll(applied.notApplied());
    return human;
  }

  /** The statements of the run in {@code runFolder}, read back from its {@link RunFolder#statements()}. */
  public static List<RunStatement> read(Path runFolder) throws IOException {
    return of(readCoded(runFolder));
  }

  /** The statements of a run as its statements.csv wrote them ({@link #readCoded}). */
  public static List<RunStatement> of(List<CodedStatement> coded) {
    List<RunStatement> statements = new ArrayList<>();
    for (CodedStatement s : coded) {
      GroupingInput input = new GroupingInput(s.statementId(), s.documentId(), s.text(), Statement.pathOf(s.section()),
          GroupingInput.passage(List.of(), s.location()));
      statements.add(new RunStatement(input, s.principles(), s.method()));
    }
    return statements;
  }

  /**
   * Gold items from the run's own structure: every statement that a heading or an inline label gave
   * principles (headings and questions put to participants left out) in a document whose file name
   * matches one of the globs ("region-*.docx"), in a set named after that file. So a document kept
   * outside the development material is scored, with its headings hidden, without labelling it by
   * hand. A document with a statement among {@code goldIds} (a gold file's) is left to that file.
   *
   * @throws IllegalArgumentException when a glob matches the file name of no document of the run
   */
  public static List<GoldItem> structureGold(List<CodedStatement> coded, List<String> fileNameGlobs, Set<String> goldIds) {
    Set<String> labelledByGold = new HashSet<>();
    coded.stream().filter(s -> goldIds.contains(s.statementId())).forEach(s -> labelledByGold.add(s.documentId()));
    List<GoldItem> items = new ArrayList<>();
    for (String glob : fileNameGlobs) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      boolean matched = false;
      for (CodedStatement s : coded) {
        Path fileName = Path.of(s.source()).getFileName();
        if (fileName == null || !matcher.matches(fileName)) {
          continue;
        }
        matched = true;
        boolean statementOfItsOwn = s.kind() != StatementKind.HEADING && s.kind() != StatementKind.PROMPT;
        if (RunStatement.structural(s.method(), s.principles()) && statementOfItsOwn && !labelledByGold.contains(s.documentId())) {
          items.add(new GoldItem(s.statementId(), fileName.toString(), s.principles()));
        }
      }
      if (!matched) {
        throw new IllegalArgumentException("--structure-gold '" + glob + "' matches the file name of no document of "
            + "the run (a glob of file names, such as 'region-*.docx', not of paths)");
      }
    }
    return items;
  }

  /** The statements as the run in {@code runFolder} wrote them to its {@link RunFolder#statements()}. */
  public static List<CodedStatement> readCoded(Path runFolder) throws IOException {
    try {
      return new RunFolder(runFolder).readOlderStatements();
    } catch (NoSuchFileException e) {
      throw new IOException(runFolder + " holds no " + RunFolder.STATEMENTS
          + " (is it the --out folder of 'samsyn run'?)", e);
    }
  }
}
