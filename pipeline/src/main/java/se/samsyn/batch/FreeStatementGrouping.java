package se.samsyn.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samsyn.eval.RunStatement;
import se.samsyn.eval.RunStatements;
import se.samsyn.group.Grouper;
import se.samsyn.group.Grouping;
import se.samsyn.group.GroupingInput;
import se.samsyn.group.HumanCoding;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.StructureLabeler;

/**
 * The job of {@code samsyn group}, for any caller: principles and emerging themes for free
 * statements (survey answers, comments) that have no structure of their own, learning from the
 * statements earlier runs' structure labelled and from their analysts' codings, which weigh most.
 */
public final class FreeStatementGrouping {
  private FreeStatementGrouping() {}

  /**
   * @param texts   the statements; the i-th has the id {@code Integer.toString(i)} in the result
   * @param earlier statements of earlier runs ({@code --learn-from})
   * @param human   their analysts' codings by statement id, which replace what their structure said
   */
  public static Grouping group(Grouper grouper, List<String> texts, List<RunStatement> earlier,
      Map<String, HumanCoding> human) {
    List<GroupingInput> statements = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      // Each statement is its own document: a numbered answer must not label the rows after it.
      String key = Integer.toString(i);
      statements.add(new GroupingInput(key, key, texts.get(i), List.of()));
    }
    List<StructureLabeler.Labelled> labelled = grouper.structure(earlier.stream().map(RunStatement::input).toList());
    List<PrincipleClassifier.Example> examples = new ArrayList<>();
    RunStatements.structuralExamples(earlier.stream().filter(s -> !human.containsKey(s.input().id())).toList(),
        labelled.stream().filter(l -> !human.containsKey(l.input().id())).toList())
        .values().forEach(examples::addAll);
    for (StructureLabeler.Labelled statement : labelled) {
      HumanCoding coding = human.get(statement.input().id());
      if (coding != null && !coding.principleIds().isEmpty()) {
        examples.addAll(Grouper.humanExamples(statement.classifierText(), coding.principleIds()));
      }
    }
    return grouper.group(statements, examples);
  }
}
