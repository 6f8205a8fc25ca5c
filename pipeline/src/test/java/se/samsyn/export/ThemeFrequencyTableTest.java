package se.samsyn.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samsyn.core.StatementKind;
import se.samsyn.export.CsvTable.Dialect;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencyTable.Shape;
import se.samsyn.index.IndexedStatement;
import se.samsyn.models.Codebook;

class ThemeFrequencyTableTest {
  private ThemeFrequencies frequencies;

  private static IndexedStatement statement(String id, String document, List<String> principles, String theme) {
    return new IndexedStatement(id, document, "in/" + document + ".txt", "", "", "", "", "", null, "text",
        principles, principles.isEmpty() ? "classifier" : "heading", 1, theme, "", StatementKind.VOICE);
  }

  @BeforeEach
  void countTwoDocuments() {
    frequencies = new ThemeFrequencies(By.DOCUMENT, Codebook.standard(), Map.of("t1", "=tid · pengar"));
    frequencies.add(statement("a-1", "a", List.of("quality"), ""));
    frequencies.add(statement("a-2", "a", List.of(), "t1"));
    frequencies.add(statement("b-1", "b", List.of("dialogue", "quality"), ""));
  }

  private String write(Shape shape, Dialect dialect) throws IOException {
    StringWriter out = new StringWriter();
    ThemeFrequencyTable.write(out, frequencies, shape, dialect);
    return out.toString();
  }

  @Test
  void longShapeHasOneRowPerGroupAndCodeWithTheShareOfTheGroup() throws IOException {
    assertEquals("""
        group,principle,principle_name,statements,documents,share\r
        in/a.txt,quality,Kvalitet,1,1,0.5000\r
        in/a.txt,other,Övrigt,1,1,0.5000\r
        in/a.txt,theme:t1,'=tid · pengar,1,1,0.5000\r
        in/a.txt,total,Totalt,2,1,1.0000\r
        in/b.txt,dialogue,Dialog,1,1,1.0000\r
        in/b.txt,quality,Kvalitet,1,1,1.0000\r
        in/b.txt,total,Totalt,1,1,1.0000\r
        """, write(Shape.LONG, Dialect.RFC4180));
  }

  @Test
  void wideShapeHasEveryCodeOfEveryGroupAsAColumnInCodebookOrder() throws IOException {
    assertEquals("""
        group,dialogue,quality,other,theme:t1,total\r
        in/a.txt,0,1,1,1,2\r
        in/b.txt,1,1,0,0,1\r
        """, write(Shape.WIDE, Dialect.RFC4180));
  }

  @Test
  void excelDialectWritesSharesWithDecimalCommas() throws IOException {
    String csv = write(Shape.LONG, Dialect.EXCEL_SV);
    assertEquals("\uFEFFgroup;principle;principle_name;statements;documents;share", csv.lines().findFirst().orElseThrow());
    assertEquals("in/a.txt;quality;Kvalitet;1;1;0,5000", csv.lines().skip(1).findFirst().orElseThrow());
  }
}
