package se.samsyn.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.Statement;

/**
 * The longest a statement may be: text without sentence ends (a decompressed archive of one
 * letter, a table dumped as one line) would otherwise become one statement of millions of
 * characters that every output, search answer and web page carries. Longer statements are cut at a
 * word boundary and their file is {@code PARTIAL} with a note saying how many.
 */
final class StatementLimit {
  private StatementLimit() {}

  static DocumentResult apply(DocumentResult result, int maxCharacters) {
    Document document = result.document();
    List<Statement> statements = new ArrayList<>(document.statements().size());
    int cut = 0;
    for (Statement s : document.statements()) {
      if (s.text().length() <= maxCharacters) {
        statements.add(s);
      } else {
        cut++;
        statements.add(new Statement(s.id(), s.documentId(), s.ordinal(), shortened(s.text(), maxCharacters),
            s.sectionPath(), s.location(), s.speaker(), s.date(), s.attributes()));
      }
    }
    if (cut == 0) {
      return result;
    }
    String note = String.format(Locale.ROOT, "%d statement%s longer than %d characters cut (--max-statement-characters)",
        cut, cut == 1 ? "" : "s", maxCharacters);
    Document shorter = new Document(document.id(), document.source(), document.format(), document.title(),
        document.date(), document.organisation(), document.language(), statements);
    return new DocumentResult(shorter, ExtractionStatus.PARTIAL, result.error().isEmpty() ? note
        : result.error() + "; " + note);
  }

  /** The text up to the last space before the limit (or the limit itself when there is none), then "…". */
  private static String shortened(String text, int maxCharacters) {
    int end = text.lastIndexOf(' ', maxCharacters - 1);
    return text.substring(0, end > maxCharacters / 2 ? end : maxCharacters - 1).strip() + "…";
  }
}
