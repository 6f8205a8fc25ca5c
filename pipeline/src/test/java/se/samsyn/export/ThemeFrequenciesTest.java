package se.samsyn.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samsyn.core.StatementKind;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencies.Row;
import se.samsyn.index.IndexedStatement;
import se.samsyn.models.Codebook;

class ThemeFrequenciesTest {
  private static IndexedStatement statement(String id, String document, LocalDate date, List<String> principles,
      String theme) {
    return new IndexedStatement(id, document, "in/" + document + ".txt", "", "", "", "", "", date, "text",
        principles, principles.isEmpty() ? "classifier" : "heading", 1, theme, "", StatementKind.VOICE);
  }

  @Test
  void countsEveryPrincipleOfAStatementOtherAndThemesPerGroupWithATotal() {
    ThemeFrequencies frequencies = new ThemeFrequencies(By.DATE, Codebook.standard(), Map.of("t1", "tid · pengar"));
    LocalDate may = LocalDate.of(2018, 5, 8);
    frequencies.add(statement("a-1", "a", may, List.of("quality", "dialogue"), ""));
    frequencies.add(statement("a-2", "a", may, List.of("dialogue"), ""));
    frequencies.add(statement("b-1", "b", may, List.of(), "t1"));
    frequencies.add(statement("b-2", "b", null, List.of(), ""));

    assertEquals(List.of(
        new Row("", "other", "Övrigt", 1, 1, 1.0),
        new Row("", "total", "Totalt", 1, 1, 1.0),
        new Row("2018-05-08", "dialogue", "Dialog", 2, 1, 2 / 3.0),
        new Row("2018-05-08", "quality", "Kvalitet", 1, 1, 1 / 3.0),
        new Row("2018-05-08", "other", "Övrigt", 1, 1, 1 / 3.0),
        new Row("2018-05-08", "theme:t1", "tid · pengar", 1, 1, 1 / 3.0),
        new Row("2018-05-08", "total", "Totalt", 3, 2, 1.0)), frequencies.rows());
  }
}
