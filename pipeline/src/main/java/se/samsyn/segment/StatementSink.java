package se.samsyn.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samsyn.core.Location;
import se.samsyn.core.Statement;

/** Numbers a document's statements in reading order and fills in the document's id and fallback date. */
final class StatementSink {
  private final String documentId;
  private final LocalDate documentDate;
  private final List<Statement> statements = new ArrayList<>();

  StatementSink(String documentId, LocalDate documentDate) {
    this.documentId = documentId;
    this.documentDate = documentDate;
  }

  /** The date of the document as a whole, or null when it has none. */
  LocalDate documentDate() {
    return documentDate;
  }

  List<Statement> statements() {
    return List.copyOf(statements);
  }

  /** Adds a statement unless its text is blank; a null date stands for the document's date. */
  void add(String text, List<String> section, Location location, String speaker, LocalDate date,
      Map<String, String> attributes) {
    if (text.isBlank()) {
      return;
    }
    int ordinal = statements.size() + 1;
    statements.add(new Statement(Statement.idFor(documentId, ordinal), documentId, ordinal,
        text.strip(), section, location, speaker, date == null ? documentDate : date, attributes));
  }
}
