package se.samsyn.core;

import java.util.List;
import java.util.Objects;

/**
 * One principle a statement was put under.
 *
 * @param statementId the statement
 * @param principleId codebook id of the principle
 * @param score       1 for structure (heading, inline); the calibrated probability for the classifier
 * @param method      how it was decided
 * @param evidence    the heading, the inline label, or the terms that contributed most
 */
public record Assignment(String statementId, String principleId, double score, Method method,
    List<String> evidence) {
  public Assignment {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(principleId, "principleId");
    Objects.requireNonNull(method, "method");
    evidence = List.copyOf(evidence);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("a score lies in [0, 1]: " + score);
    }
  }
}
