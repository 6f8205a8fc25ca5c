package se.samsyn.run;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.StatementKind;

/**
 * The one row layout of a coded statement, shared by {@code statements.csv}, the CSV of
 * {@code samsyn search} and the table {@code samsyn group} writes. Columns a statement lacks (a free
 * statement has no document) are empty.
 */
public final class StatementTable {
  /** The columns, in order. Columns added later go at the end, so that positions stay. */
  public static final List<String> COLUMNS = List.of("statement_id", "document_id", "source", "location",
      "section", "speaker", "kind", "date", "text", "principles", "top_principle", "score", "method", "theme",
      "attributes", "title", "organisation", "evidence");

  private StatementTable() {}

  /** The cells of a statement's row, in {@link #COLUMNS} order. */
  public static List<Object> row(CodedStatement s) {
    String principles = s.principles().isEmpty() ? StatementGroups.OTHER : String.join(";", s.principles());
    String top = s.principles().isEmpty() ? StatementGroups.OTHER : s.principles().getFirst();
    return Arrays.asList(s.statementId(), s.documentId(), s.source(), s.location(), s.section(), s.speaker(),
        s.kind().label(), Objects.toString(s.date(), ""), s.text(), principles, top, CsvTable.decimal(s.score(), 3),
        s.method(), s.theme(), s.attributesJson(), s.title(), s.organisation(), s.evidenceText());
  }

  /**
   * The statement a row of this layout holds; an {@link IllegalArgumentException} when it is not one.
   * Columns the table lacks (written by an older Samsyn) are empty, and a missing kind is a voice.
   * Evidence is split where the text shows {@value CodedStatement#EVIDENCE_SEPARATOR}.
   */
  public static CodedStatement read(CSVRecord row) {
    String date = row.get("date");
    String principles = row.get("principles");
    String evidence = cell(row, "evidence");
    return new CodedStatement(row.get("statement_id"), row.get("document_id"), cell(row, "source"),
        cell(row, "title"), cell(row, "section"), row.get("location"), cell(row, "speaker"),
        cell(row, "organisation"), date.isEmpty() ? null : LocalDate.parse(date), cell(row, "text"),
        principles.isEmpty() || principles.equals(StatementGroups.OTHER) ? List.of() : List.of(principles.split(";")),
        row.get("method"), Double.parseDouble(row.get("score")), cell(row, "theme"),
        evidence.isEmpty() ? List.of() : List.of(evidence.split(Pattern.quote(CodedStatement.EVIDENCE_SEPARATOR))),
        row.isMapped("kind") ? StatementKind.of(row.get("kind")) : StatementKind.VOICE,
        CodedStatement.attributesOf(cell(row, "attributes")));
  }

  /**
   * A text cell as written (undoing the guard against spreadsheet formulas); empty when the table has
   * no such column (written before it was added).
   */
  private static String cell(CSVRecord row, String column) {
    return row.isMapped(column) ? CsvTable.restore(row.get(column)) : "";
  }
}
