package se.samsyn.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where one statement landed: its principles (best first), or none when it is {@code other}, and
 * the emerging theme of an {@code other} statement.
 *
 * @param statementId the statement
 * @param text        its text without inline labels
 * @param assignments its principles, best first; empty for {@code other}
 * @param method      how they were decided ({@code classifier} for {@code other})
 * @param score       score of the best principle (for {@code other}: its probability, below the bar)
 * @param theme       id of its emerging theme, or empty
 * @param margin      how much more probable the best principle is than the second best (1 when
 *                    structure or a reviewer decided): the smaller, the more a review is worth
 */
public record StatementGroups(String statementId, String text, List<Assignment> assignments, Method method,
    double score, String theme, double margin) {
  public static final String OTHER = "other";

  public StatementGroups {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(theme, "theme");
    assignments = List.copyOf(assignments);
  }

  /** A grouping that is certain (structure, a reviewer): margin 1. */
  public StatementGroups(String statementId, String text, List<Assignment> assignments, Method method,
      double score, String theme) {
    this(statementId, text, assignments, method, score, theme, 1);
  }

  /** Principle ids joined by ";", or {@code other}. */
  public String principles() {
    return assignments.isEmpty() ? OTHER
        : assignments.stream().map(Assignment::principleId).collect(Collectors.joining(";"));
  }

  public String topPrinciple() {
    return assignments.isEmpty() ? OTHER : assignments.get(0).principleId();
  }

  /** The distinct evidence of all its assignments. */
  public List<String> evidence() {
    Set<String> evidence = new LinkedHashSet<>();
    assignments.forEach(a -> evidence.addAll(a.evidence()));
    return List.copyOf(evidence);
  }

  public StatementGroups withTheme(String themeId) {
    return new StatementGroups(statementId, text, assignments, method, score, themeId, margin);
  }
}
