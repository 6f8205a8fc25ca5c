package se.samsyn.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable;
import se.samsyn.core.Json;
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
  private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

  private StatementTable() {}

  /** The cells of a statement's row, in {@link #COLUMNS} order. */
  public static List<Object> row(CodedStatement s) {
    String principles = s.principles().isEmpty() ? StatementGroups.OTHER : String.join(";", s.principles());
    String top = s.principles().isEmpty() ? StatementGroups.OTHER : s.principles().getFirst();
    try {
      return Arrays.asList(s.statementId(), s.documentId(), s.source(), s.location(), s.section(), s.speaker(),
          s.kind().label(), Objects.toString(s.date(), ""), s.text(), principles, top, CsvTable.decimal(s.score(), 3),
          s.method(), s.theme(), s.attributes().isEmpty() ? "" : Json.MAPPER.writeValueAsString(s.attributes()),
          s.title(), s.organisation(), s.evidenceText());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a map of strings is always JSON", e);
    }
  }

  /** The statement a row of this layout holds; an {@link IllegalArgumentException} when it is not one. */
  public static CodedStatement read(CSVRecord row) {
    String date = row.get("date");
    String principles = row.get("principles");
    String evidence = cell(row, "evidence");
    String attributes = cell(row, "attributes");
    try {
      return new CodedStatement(row.get("statement_id"), row.get("document_id"), cell(row, "source"),
          cell(row, "title"), cell(row, "section"), row.get("location"), cell(row, "speaker"),
          cell(row, "organisation"), date.isEmpty() ? null : LocalDate.parse(date), cell(row, "text"),
          principles.isEmpty() || principles.equals(StatementGroups.OTHER) ? List.of()
              : List.of(principles.split(";")),
          row.get("method"), Double.parseDouble(row.get("score")), cell(row, "theme"),
          evidence.isEmpty() ? List.of()
              : new ArrayList<>(List.of(evidence.split(Pattern.quote(CodedStatement.EVIDENCE_SEPARATOR)))),
          StatementKind.of(row.get("kind")),
          attributes.isEmpty() ? Map.of() : Json.MAPPER.readValue(attributes, ATTRIBUTES));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("statement " + row.get("statement_id") + ": attributes are not a JSON"
          + " object of strings (" + e.getOriginalMessage() + ")", e);
    }
  }

  /**
   * A text cell as written (undoing the guard against spreadsheet formulas); empty when the table has
   * no such column (written before it was added).
   */
  private static String cell(CSVRecord row, String column) {
    return row.isMapped(column) ? CsvTable.restore(row.get(column)) : "";
  }
}
