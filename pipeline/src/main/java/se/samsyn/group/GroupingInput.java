package se.samsyn.group;

import java.util.List;
import java.util.Objects;

/**
 * What grouping needs of a statement: its id, document, text, the headings above it (outermost
 * first; empty for free answers) and its passage: the section and page, slide or line it stands
 * in (empty when unknown). Statements of one document are given in reading order.
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

  /** The passage of a statement under these headings at this location ("page 3", or "" when none). */
  public static String passage(List<String> sectionPath, String location) {
    return String.join(" > ", sectionPath) + " @ " + location;
  }

  /**
   * What neighbouring statements share when they are each other's context: the same document and
   * passage; empty when the passage is unknown.
   */
  public String contextKey() {
    return passage.isEmpty() ? "" : documentId + "\n" + passage;
  }
}
