package se.samsyn.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.StatementKind;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencies.CodeType;
import se.samsyn.export.ThemeFrequencies.Row;
import se.samsyn.models.Codebook;

class ThemeFrequenciesTest {
  private static final LocalDate MAY = LocalDate.of(2018, 5, 8);

  private static CodedStatement statement(String id, String document, LocalDate date, List<String> principles,
      String theme, StatementKind kind) {
    return new CodedStatement(id, document, "in/" + document + ".txt", "", "", "", "", "", date, "text",
        principles, principles.isEmpty() ? "classifier" : "heading", 1, theme, List.of(), kind, Map.of());
  }

  private static ThemeFrequencies fourStatements() {
    ThemeFrequencies frequencies = new ThemeFrequencies(By.DATE, Codebook.standard(),
        Map.of("t1", "tid · pengar", "t2", "lokaler"));
    frequencies.add(statement("a-1", "a", MAY, List.of("quality", "dialogue"), "", StatementKind.VOICE));
    frequencies.add(statement("a-2", "a", MAY, List.of("dialogue"), "", StatementKind.OFFICIAL));
    frequencies.add(statement("b-1", "b", MAY, List.of(), "t1", StatementKind.VOICE));
    frequencies.add(statement("b-2", "b", null, List.of(), "", StatementKind.VOICE));
    return frequencies;
  }

  @Test
  void countsEveryPrincipleOfAStatementOtherAndThemesPerGroupWithATotal() {
    List<Row> counted = fourStatements().rows().stream().filter(r -> r.statements() > 0).toList();
    assertEquals(List.of(
        new Row("", CodeType.OTHER, "other", "Övrigt", "all", "all", 1, 1, 1.0),
        new Row("", CodeType.TOTAL, "total", "Totalt", "all", "all", 1, 1, 1.0),
        new Row("2018-05-08", CodeType.PRINCIPLE, "dialogue", "Dialog", "all", "all", 2, 1, 2 / 3.0),
        new Row("2018-05-08", CodeType.PRINCIPLE, "quality", "Kvalitet", "all", "all", 1, 1, 1 / 3.0),
        new Row("2018-05-08", CodeType.OTHER, "other", "Övrigt", "all", "all", 1, 1, 1 / 3.0),
        new Row("2018-05-08", CodeType.THEME, "theme:t1", "tid · pengar", "all", "all", 1, 1, 1 / 3.0),
        new Row("2018-05-08", CodeType.TOTAL, "total", "Totalt", "all", "all", 3, 2, 1.0)), counted);
  }

  @Test
  void everyGroupHasARowForEveryPrincipleOtherKnownThemeAndTotalZerosIncluded() {
    List<Row> rows = fourStatements().rows();
    int codes = Codebook.standard().principles().size() + 4;
    assertEquals(2 * codes, rows.size());
    Map<String, List<String>> codesPerGroup = rows.stream().collect(Collectors.groupingBy(Row::group,
        Collectors.mapping(Row::code, Collectors.toList())));
    assertEquals(codesPerGroup.get(""), codesPerGroup.get("2018-05-08"));
    assertEquals(List.of("independence", "dialogue"), codesPerGroup.get("").subList(0, 2));
    assertEquals(List.of("other", "theme:t1", "theme:t2", "total"), codesPerGroup.get("").subList(codes - 4, codes));
    assertEquals(new Row("2018-05-08", CodeType.THEME, "theme:t2", "lokaler", "all", "all", 0, 0, 0.0),
        rows.get(2 * codes - 2));
  }

  @Test
  void detailedRowsBreakEachCountDownByKindAndMethodAndAddUpToIt() {
    List<Row> detailed = fourStatements().detailedRows();
    int slices = 1 + StatementKind.values().length * se.samsyn.core.Method.values().length;
    assertEquals(fourStatements().rows().size() * slices, detailed.size());
    List<Row> dialogue = detailed.stream().filter(r -> r.group().equals("2018-05-08") && r.code().equals("dialogue")
        && r.statements() > 0).toList();
    assertEquals(List.of(
        new Row("2018-05-08", CodeType.PRINCIPLE, "dialogue", "Dialog", "all", "all", 2, 1, 2 / 3.0),
        new Row("2018-05-08", CodeType.PRINCIPLE, "dialogue", "Dialog", "voice", "heading", 1, 1, 1 / 3.0),
        new Row("2018-05-08", CodeType.PRINCIPLE, "dialogue", "Dialog", "official", "heading", 1, 1, 1 / 3.0)),
        dialogue);
    for (Row sum : fourStatements().rows()) {
      long parts = detailed.stream().filter(r -> r.group().equals(sum.group()) && r.code().equals(sum.code())
          && !r.kind().equals("all")).mapToLong(Row::statements).sum();
      assertEquals(sum.statements(), parts, sum.toString());
    }
  }
}
