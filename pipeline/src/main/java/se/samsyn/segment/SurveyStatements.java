package se.samsyn.segment;

import java.util.ArrayList;
import java.util.List;
import se.samsyn.core.Block;
import se.samsyn.core.Location;

/**
 * Reads a survey export (CSV, XLSX, ODS): one statement per answer, under its question, with the
 * rest of its row (see {@link SurveyTable}).
 */
final class SurveyStatements implements StatementReader {
  private final SegmentationSettings settings;

  SurveyStatements(SegmentationSettings settings) {
    this.settings = settings;
  }

  @Override
  public boolean reads(String format) {
    return SurveyTable.SPREADSHEET_FORMATS.contains(format);
  }

  @Override
  public void read(List<Line> lines, StatementSink sink) {
    List<List<String>> table = new ArrayList<>();
    for (Line line : lines) {
      if (line.kind() == Block.Kind.TABLE_ROW) {
        // Row 1 again: the next sheet of a workbook, with a header of its own.
        if (line.location() != null && line.location().number() == 1 && !table.isEmpty()) {
          addAnswers(table, sink);
          table.clear();
        }
        table.add(line.cells());
      }
    }
    if (!table.isEmpty()) {
      addAnswers(table, sink);
    }
  }

  private void addAnswers(List<List<String>> table, StatementSink sink) {
    for (SurveyTable.Answer answer : new SurveyTable(table).answers(settings.textColumns())) {
      sink.add(answer.text(), List.of(answer.question()), Location.row(answer.row()), answer.who(),
          answer.date(), answer.attributes());
    }
  }
}
