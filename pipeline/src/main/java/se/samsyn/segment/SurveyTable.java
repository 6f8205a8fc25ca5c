package se.samsyn.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a survey export (CSV, XLSX, ODS): the first row names the columns, every non-empty cell
 * of a free-text column is one answer, and the other cells of its row describe the answer.
 */
public final class SurveyTable {
  public static final Set<String> SPREADSHEET_FORMATS = Set.of("text/csv", "text/tab-separated-values",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet");
  /** Column names that say who answered, most telling first. */
  private static final List<Pattern> WHO = List.of(
      Pattern.compile(".*(organisation|förening|forening|verksamhet).*"),
      Pattern.compile(".*(namn|name|avsändare).*"),
      Pattern.compile(".*(kommun|region|ort).*"),
      Pattern.compile(".*respondent.*"));
  private static final int MIN_ANSWER_WORDS = 3;

  /** One answer: the question (column header), the answer text, and the rest of its row. */
  record Answer(int row, String question, String text, String who, LocalDate date,
      Map<String, String> attributes) {}

  private final List<String> header;
  private final List<List<String>> rows;

  SurveyTable(List<List<String>> table) {
    this.header = table.get(0).stream().map(String::strip).toList();
    this.rows = table.subList(1, table.size());
  }

  /**
   * The answers of the given free-text columns (matched by name, ignoring case), or of the
   * detected one when none are named or none of the names match.
   */
  List<Answer> answers(List<String> textColumns) {
    List<Integer> textIndexes = named(textColumns);
    if (textIndexes.isEmpty()) {
      detectTextColumn().ifPresent(textIndexes::add);
    }
    int whoIndex = whoColumn(textIndexes);
    List<Answer> answers = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int column : textIndexes) {
        String text = cell(row, column);
        if (!text.isBlank()) {
          answers.add(new Answer(r + 2, header.get(column), text, whoIndex < 0 ? "" : cell(row, whoIndex),
              rowDate(row, textIndexes), attributes(row, textIndexes)));
        }
      }
    }
    return answers;
  }

  private int whoColumn(List<Integer> textIndexes) {
    for (Pattern who : WHO) {
      for (int i = 0; i < header.size(); i++) {
        if (!textIndexes.contains(i) && who.matcher(header.get(i).toLowerCase(Locale.ROOT)).matches()) {
          return i;
        }
      }
    }
    return -1;
  }

  private List<Integer> named(List<String> textColumns) {
    List<Integer> indexes = new ArrayList<>();
    for (String name : textColumns) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name.strip()) && !indexes.contains(i)) {
          indexes.add(i);
        }
      }
    }
    return indexes;
  }

  /** The column whose cells read most like free text: the most words per answer on average. */
  private Optional<Integer> detectTextColumn() {
    int best = -1;
    double bestWords = 0;
    for (int column = 0; column < header.size(); column++) {
      int filled = 0;
      int wordy = 0;
      long words = 0;
      for (List<String> row : rows) {
        String text = cell(row, column);
        if (!text.isBlank()) {
          int count = HeadingRules.words(text);
          filled++;
          words += count;
          wordy += count >= MIN_ANSWER_WORDS ? 1 : 0;
        }
      }
      double mean = filled == 0 ? 0 : (double) words / filled;
      if (wordy * 2 >= filled && filled > 0 && mean > bestWords) {
        best = column;
        bestWords = mean;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  private LocalDate rowDate(List<String> row, List<Integer> textIndexes) {
    for (int i = 0; i < header.size(); i++) {
      if (!textIndexes.contains(i)) {
        Optional<LocalDate> date = SwedishDates.fromTimestamp(cell(row, i));
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return null;
  }

  private Map<String, String> attributes(List<String> row, List<Integer> textIndexes) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String value = cell(row, i);
      if (!textIndexes.contains(i) && !value.isBlank()) {
        attributes.put(header.get(i).isBlank() ? "column " + (i + 1) : header.get(i), value);
      }
    }
    return attributes;
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index).strip() : "";
  }
}
