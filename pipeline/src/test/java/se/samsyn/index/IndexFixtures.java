package se.samsyn.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.StatementKind;

/** Statements and analysis for index and search tests. */
public final class IndexFixtures {
  private IndexFixtures() {}

  public static IndexAnalysis analysis() {
    return IndexAnalysis.swedish(TestLexicons.get());
  }

  /** A statement of a document; its source is {@code in/<documentId>.txt}. */
  public static CodedStatement statement(String documentId, int ordinal, String text, String organisation,
      LocalDate date, List<String> principles) {
    return new CodedStatement(documentId + "-" + ordinal, documentId, "in/" + documentId + ".txt",
        "Workshop " + documentId, "1. Rubrik > Sammanfattning", "line " + ordinal, "", organisation, date, text,
        principles, principles.isEmpty() ? "" : "heading", principles.isEmpty() ? 0 : 1, "",
        principles.isEmpty() ? List.of() : List.of("1. Rubrik"), StatementKind.VOICE, Map.of());
  }

  public static CodedDocument document(String documentId, CodedStatement... statements) {
    return new CodedDocument(documentId, List.of(statements));
  }
}
