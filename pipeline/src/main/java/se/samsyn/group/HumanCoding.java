package se.samsyn.group;

import java.util.List;
import java.util.Objects;

/**
 * A reviewer's decision on one statement, which overrides the model and trains it.
 *
 * @param statementId  the statement
 * @param principleIds the principles the reviewer chose; empty when they chose {@code other}
 * @param reviewer     who coded it (may be empty)
 */
public record HumanCoding(String statementId, List<String> principleIds, String reviewer) {
  /** Evidence of a human assignment: this, followed by the reviewer when known. */
  public static final String EVIDENCE_PREFIX = "reviewer: ";

  public HumanCoding {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(reviewer, "reviewer");
    principleIds = List.copyOf(principleIds);
  }

  /** The evidence written for the assignments of this coding. */
  public List<String> evidence() {
    return List.of(reviewer.isEmpty() ? "reviewer" : EVIDENCE_PREFIX + reviewer);
  }

  /** The reviewer named in an evidence text written by {@link #evidence()}, or empty. */
  public static String reviewerOf(String evidence) {
    return evidence.startsWith(EVIDENCE_PREFIX) ? evidence.substring(EVIDENCE_PREFIX.length()).strip() : "";
  }
}
