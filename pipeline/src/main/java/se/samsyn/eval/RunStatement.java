package se.samsyn.eval;

import java.util.List;
import java.util.Objects;
import se.samsyn.group.GroupingInput;

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

  /** True when the run's structure (heading, numbered item, inline label) gave its principles. */
  public boolean structural() {
    return (method.equals("heading") || method.equals("inline")) && !principles.isEmpty();
  }
}
