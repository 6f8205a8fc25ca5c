package se.samsyn.group;

import java.util.List;
import java.util.Objects;
import se.samsyn.core.Location;

/**
 * What grouping needs of a statement: its id, document, text, the headings above it (outermost
 * first; empty for free answers) and its passage (empty when unknown; see {@link #passage}).
 * Statements of one document are given in reading order.
 */
public record GroupingInput(String id, String documentId, String text, List<String> sectionPath, String passage) {
  public GroupingInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(passage, "passage");
    sectionPath = List.copyOf(sectionPath);
  }

  /** A statement with no known passage, e.g. a free survey answer. */
  public GroupingInput(String id, String documentId, String text, List<String> sectionPath) {
    this(id, documentId, text, sectionPath, "");
  }

  /**
   * The passage of a statement under these headings at this location ("page 3", or "" when none):
   * its section, and within it its slide or table row, units that stand alone. Text flows on over
   * pages and lines, so those do not end a passage: workshop notes one per line under a heading are
   * read in each other's company.
   */
  public static String passage(List<String> sectionPath, String location) {
    String unit = location.isEmpty() || !Location.parse(location).unit().standsAlone() ? "" : location;
    return String.join(" > ", sectionPath) + " @ " + unit;
  }

  /**
   * What neighbouring statements share when they are each other's context: the same document and
   * passage; empty when the passage is unknown.
   */
  public String contextKey() {
    return contextKey(documentId, passage);
  }

  /** The context key of a statement of this document in this passage (see {@link #contextKey()}). */
  public static String contextKey(String documentId, String passage) {
    return passage.isEmpty() ? "" : documentId + "\n" + passage;
  }
}
