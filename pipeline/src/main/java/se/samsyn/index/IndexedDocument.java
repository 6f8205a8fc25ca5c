package se.samsyn.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.StatementKind;
import se.samsyn.group.StatementGroups;
import se.samsyn.segment.StatementKinds;

/**
 * The statements of one document, the unit the index adds, replaces and removes.
 *
 * @param documentId the document's id
 * @param statements its statements; all carry this document id
 */
public record IndexedDocument(String documentId, List<IndexedStatement> statements) {
  public IndexedDocument {
    Objects.requireNonNull(documentId, "documentId");
    statements = List.copyOf(statements);
    for (IndexedStatement statement : statements) {
      if (!statement.documentId().equals(documentId)) {
        throw new IllegalArgumentException("statement " + statement.statementId() + " belongs to "
            + statement.documentId() + ", not " + documentId);
      }
    }
  }

  /**
   * The documents of a run that have statements. A file skipped as a duplicate of another shares
   * its document id but carries no statements, so it does not replace the original.
   */
  public static List<IndexedDocument> of(List<DocumentResult> results) {
    return of(results, Map.of());
  }

  /** The documents with their statements' principles (statements missing from {@code groups} have none). */
  public static List<IndexedDocument> of(List<DocumentResult> results, Map<String, StatementGroups> groups) {
    Map<String, StatementKind> kinds = StatementKinds.of(results.stream().map(DocumentResult::document).toList());
    Map<String, IndexedDocument> documents = new LinkedHashMap<>();
    for (DocumentResult result : results) {
      var document = result.document();
      if (result.status().hasText() && !document.statements().isEmpty()) {
        documents.putIfAbsent(document.id(), new IndexedDocument(document.id(),
            document.statements().stream().map(s -> groups.containsKey(s.id())
                ? IndexedStatement.of(document, s, kinds.get(s.id()), groups.get(s.id()))
                : IndexedStatement.of(document, s, kinds.get(s.id()))).toList()));
      }
    }
    return List.copyOf(documents.values());
  }

  /**
   * A fingerprint of everything indexed for this document: equal fingerprints mean the index
   * already holds exactly these statements.
   */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(StatementSchema.LAYOUT.getBytes(StandardCharsets.UTF_8));
      for (IndexedStatement s : statements) {
        for (Object field : List.of(s.statementId(), s.source(), s.title(), s.section(), s.location(),
            s.speaker(), s.organisation(), Objects.toString(s.date(), ""), s.text(),
            String.join(",", s.principles()), s.method(), Double.toString(s.score()), s.theme(), s.evidence(),
            s.kind().label())) {
          digest.update(field.toString().getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
