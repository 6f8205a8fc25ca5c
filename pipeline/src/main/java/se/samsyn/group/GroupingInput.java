package se.samsyn.group;

import java.util.List;
import java.util.Objects;

/**
 * What grouping needs of a statement: its id, document, text and the headings above it (outermost
 * first; empty for free answers). Statements of one document are given in reading order.
 */
public record GroupingInput(String id, String documentId, String text, List<String> sectionPath) {
  public GroupingInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    sectionPath = List.copyOf(sectionPath);
  }
}
