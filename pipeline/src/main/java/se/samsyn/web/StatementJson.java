package se.samsyn.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import se.samsyn.core.CodedStatement;
import se.samsyn.search.ResultFormat;

/** JSON of a statement and of a statement in its context. */
final class StatementJson {
  private StatementJson() {}

  static ObjectNode of(CodedStatement s) {
    ObjectNode node = ResultFormat.statement(s);
    node.put("organisation", s.organisation());
    ArrayNode principles = node.putArray("principles");
    s.principles().forEach(principles::add);
    node.put("method", s.method());
    node.put("principle_score", s.score());
    node.put("theme", s.theme());
    return node;
  }

  /**
   * The statement with up to {@code around} statements of its document before and after it.
   *
   * @param document every statement of the document, in order; holds the statement
   */
  static ObjectNode withContext(CodedStatement statement, List<CodedStatement> document, int around) {
    int at = 0;
    while (at < document.size() && !document.get(at).statementId().equals(statement.statementId())) {
      at++;
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("statement", of(statement));
    ArrayNode before = root.putArray("before");
    for (int i = Math.max(0, at - around); i < at; i++) {
      before.add(of(document.get(i)));
    }
    ArrayNode after = root.putArray("after");
    for (int i = at + 1; i < Math.min(document.size(), at + 1 + around); i++) {
      after.add(of(document.get(i)));
    }
    root.put("position", at + 1);
    root.put("statements_in_document", document.size());
    return root;
  }
}
