package se.samsyn.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The statements of one document, the unit the index adds, replaces and removes.
 *
 * @param documentId the document's id
 * @param statements its statements; all carry this document id
 */
public record CodedDocument(String documentId, List<CodedStatement> statements) {
  public CodedDocument {
    Objects.requireNonNull(documentId, "documentId");
    statements = List.copyOf(statements);
    for (CodedStatement statement : statements) {
      if (!statement.documentId().equals(documentId)) {
        throw new IllegalArgumentException("statement " + statement.statementId() + " belongs to "
            + statement.documentId() + ", not " + documentId);
      }
    }
  }

  /**
   * The documents of a run that have statements, with their statements' principles (statements
   * missing from {@code groups} have none). A file skipped as a duplicate of another shares its
   * document id but carries no statements, so it does not replace the original.
   *
   * @param kinds statement id → its kind, for every statement
   */
  public static List<CodedDocument> of(List<DocumentResult> results, Map<String, StatementGroups> groups,
      Map<String, StatementKind> kinds) {
    Map<String, CodedDocument> documents = new LinkedHashMap<>();
    for (DocumentResult result : results) {
      var document = result.document();
      if (result.status().hasText() && !document.statements().isEmpty()) {
        documents.putIfAbsent(document.id(), new CodedDocument(document.id(),
            document.statements().stream().map(s -> groups.containsKey(s.id())
                ? CodedStatement.of(document, s, kinds.get(s.id()), groups.get(s.id()))
                : CodedStatement.of(document, s, kinds.get(s.id()))).toList()));
      }
    }
    return List.copyOf(documents.values());
  }
}
