package se.samsyn.review;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import se.samsyn.core.Checksums;
import se.samsyn.group.HumanCoding;

/**
 * One line of {@code OUT/review/codings.csv}: a reviewer's principles for a statement.
 *
 * @param statementId the statement
 * @param principles  codebook ids; empty for {@code other}
 * @param reviewer    who coded it, or empty
 * @param codedAt     when (ISO-8601), or empty
 * @param textSha256  SHA-256 (hex) of the statement's text as the reviewer saw it, or empty when unknown
 */
public record Coding(String statementId, List<String> principles, String reviewer, String codedAt, String textSha256) {
  public static final String OTHER = "other";
  /** What a reviewer name may hold: letters, digits, space and . _ @ -, not starting a spreadsheet formula. */
  private static final Pattern REVIEWER = Pattern.compile("([\\p{L}\\p{N}_.][\\p{L}\\p{N} _.@-]{0,59})?");

  public Coding {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(codedAt, "codedAt");
    Objects.requireNonNull(textSha256, "textSha256");
    principles = List.copyOf(principles);
    if (statementId.isBlank()) {
      throw new IllegalArgumentException("a coding needs a statement id");
    }
    if (!validReviewer(reviewer)) {
      throw new IllegalArgumentException("a reviewer name holds letters, digits, space and . _ @ - (at most 60): '"
          + reviewer + "'");
    }
  }

  public static boolean validReviewer(String reviewer) {
    return REVIEWER.matcher(reviewer).matches();
  }

  /** The principles as written in the file: ids joined by ";", or {@code other}. */
  public String principlesCell() {
    return principles.isEmpty() ? OTHER : String.join(";", principles);
  }

  public HumanCoding toHumanCoding() {
    return new HumanCoding(statementId, principles, reviewer);
  }

  /** The SHA-256 (hex) of a statement text, as {@link #textSha256()} holds it. */
  public static String sha256(String text) {
    return Checksums.sha256(text);
  }
}
