package se.samsyn.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.StatementKind;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencyTable.Shape;
import se.samsyn.models.Codebook;

class ThemeFrequencyTableTest {
  private ThemeFrequencies frequencies;

  private static CodedStatement statement(String id, String document, List<String> principles, String theme) {
    return new CodedStatement(id, document, "in/" + document + ".txt", "", "", "", "", "", null, "text",
        principles, principles.isEmpty() ? "classifier" : "heading", 1, theme, List.of(), StatementKind.VOICE, Map.of());
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
  void longShapeSaysWhatEachCodeIsAndCarriesTheCodebookOnEveryRow() throws IOException {
    List<String> lines = write(Shape.LONG, Dialect.RFC4180).lines().toList();
    assertEquals("group,code_type,code,name,kind,method,statements,documents,share,codebook,codebook_version",
        lines.getFirst());
    List<String> counted = lines.stream().skip(1).filter(l -> !l.contains(",0,0,0.0000,")).toList();
    assertEquals(List.of(
        "in/a.txt,principle,quality,Kvalitet,all,all,1,1,0.5000,samsyn-principles,2",
        "in/a.txt,principle,quality,Kvalitet,voice,heading,1,1,0.5000,samsyn-principles,2",
        "in/a.txt,other,other,Övrigt,all,all,1,1,0.5000,samsyn-principles,2",
        "in/a.txt,other,other,Övrigt,voice,classifier,1,1,0.5000,samsyn-principles,2",
        "in/a.txt,theme,theme:t1,'=tid · pengar,all,all,1,1,0.5000,samsyn-principles,2",
        "in/a.txt,theme,theme:t1,'=tid · pengar,voice,classifier,1,1,0.5000,samsyn-principles,2",
        "in/a.txt,total,total,Totalt,all,all,2,1,1.0000,samsyn-principles,2",
        "in/a.txt,total,total,Totalt,voice,heading,1,1,0.5000,samsyn-principles,2",
        "in/a.txt,total,total,Totalt,voice,classifier,1,1,0.5000,samsyn-principles,2",
        "in/b.txt,principle,dialogue,Dialog,all,all,1,1,1.0000,samsyn-principles,2",
        "in/b.txt,principle,dialogue,Dialog,voice,heading,1,1,1.0000,samsyn-principles,2",
        "in/b.txt,principle,quality,Kvalitet,all,all,1,1,1.0000,samsyn-principles,2",
        "in/b.txt,principle,quality,Kvalitet,voice,heading,1,1,1.0000,samsyn-principles,2",
        "in/b.txt,total,total,Totalt,all,all,1,1,1.0000,samsyn-principles,2",
        "in/b.txt,total,total,Totalt,voice,heading,1,1,1.0000,samsyn-principles,2"), counted);
    assertEquals(1 + 2 * 14 * 17, lines.size(), "2 documents × 14 codes × (sum + 4 kinds × 4 methods)");
    assertEquals("in/b.txt,principle,openness,Öppenhet och insyn,prompt,human,0,0,0.0000,samsyn-principles,2",
        lines.stream().filter(l -> l.startsWith("in/b.txt,principle,openness,")).toList().get(12));
  }

  @Test
  void wideShapeHasEveryCodeAsAColumnInCodebookOrderZerosIncluded() throws IOException {
    assertEquals("""
        group,independence,dialogue,quality,long_term,openness,diversity,innovation,clarity,democracy,\
        collaboration,accessibility,other,theme:t1,total\r
        in/a.txt,0,0,1,0,0,0,0,0,0,0,0,1,1,2\r
        in/b.txt,0,1,1,0,0,0,0,0,0,0,0,0,0,1\r
        """, write(Shape.WIDE, Dialect.RFC4180));
  }

  @Test
  void excelDialectWritesSharesWithDecimalCommas() throws IOException {
    String csv = write(Shape.LONG, Dialect.EXCEL_SV);
    assertEquals("\uFEFFgroup;code_type;code;name;kind;method;statements;documents;share;codebook;codebook_version",
        csv.lines().findFirst().orElseThrow());
    assertEquals("in/a.txt;principle;independence;Självständighet och oberoende;all;all;0;0;0,0000;samsyn-principles;2",
        csv.lines().skip(1).findFirst().orElseThrow());
  }
}
