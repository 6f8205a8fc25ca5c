package se.samsyn.eval;

import java.util.List;
import java.util.Objects;
import se.samsyn.group.GroupingInput;
import se.samsyn.group.PrincipleClassifier;

/**
 * A statement of an earlier run with the principles and method the run wrote for it.
 *
 * @param input      id, document, text (inline labels already removed) and section path
 * @param principles principle ids (empty for {@code other})
 * @param method     heading, inline or classifier
 */
public record RunStatement(GroupingInput input, List<String> principles, String method) {
  public RunStatement {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(method, "method");
    principles = List.copyOf(principles);
  }

  /**
   * A training example of the principles the run wrote for it, read as {@code classifierText} (the
   * structure labeler's text: without a numbered item's principle name). The principles are the
   * run's own because inline labels are no longer in the text it wrote.
   */
  public PrincipleClassifier.Example toExample(String classifierText) {
    return new PrincipleClassifier.Example(classifierText, principles, PrincipleClassifier.Source.STRUCTURE);
  }

  /** True when the run's structure (heading, numbered item, inline label) gave its principles. */
  public boolean structural() {
    return structural(method, principles);
  }

  /** True when a statement written with this method and these principles got them from the run's structure. */
  static boolean structural(String method, List<String> principles) {
    return (method.equals("heading") || method.equals("inline")) && !principles.isEmpty();
  }
}
