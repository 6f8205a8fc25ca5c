package se.samsyn.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable;
import se.samsyn.core.StatementKind;

class RunFolderTest {
  @TempDir
  Path out;

  @Test
  void statementsReadBackAsWritten() throws IOException {
    List<CodedStatement> written = List.of(
        new CodedStatement("d-1", "d", "in/d.csv", "=Titel", "Frågor > Dialog", "row 2", "Skåne", "Region Skåne",
            LocalDate.of(2024, 5, 29), "=SUMMA(A1) är ingen formel här", List.of("dialogue", "openness"), "heading",
            1, "", List.of("2. Dialog", "öppenhet"), StatementKind.VOICE, Map.of("Roll", "ideell", "År", "2024")),
        new CodedStatement("d-2", "d", "in/d.csv", "=Titel", "", "", "", "", null, "Kaffet var kallt", List.of(),
            "classifier", 0.125, "kaffe-kall", List.of(), StatementKind.OFFICIAL, Map.of()));
    CsvTable.write(out.resolve(RunFolder.STATEMENTS), StatementTable.COLUMNS, table -> {
      for (CodedStatement s : written) {
        table.row(StatementTable.row(s).toArray());
      }
    });
    assertEquals(written, new RunFolder(out).readStatements());
  }

  @Test
  void anOlderTableIsRefusedForOutputsAndReadForTraining() throws IOException {
    Files.writeString(out.resolve(RunFolder.STATEMENTS), """
        statement_id,document_id,source,location,section,speaker,date,text,principles,top_principle,score,method,theme,attributes
        d-1,d,in/d.txt,line 3,Dialog,,,Vi möts varje år,dialogue,dialogue,1.000,heading,,
        """, StandardCharsets.UTF_8);
    IOException refused = assertThrows(IOException.class, () -> new RunFolder(out).readStatements());
    assertTrue(refused.getMessage().contains("older Samsyn") && refused.getMessage().contains("kind"),
        refused.getMessage());
    CodedStatement old = new RunFolder(out).readOlderStatements().getFirst();
    assertEquals(List.of("dialogue"), old.principles());
    assertEquals(StatementKind.VOICE, old.kind());
    assertEquals("", old.title());
  }

  @Test
  void aFolderOfTablesIsItsOwnRunAndAnIndexFolderBelongsToTheRunAroundIt() throws IOException {
    Path tables = Files.createDirectories(out.resolve("tabeller"));
    Files.writeString(tables.resolve(RunFolder.STATEMENTS), String.join(",", StatementTable.COLUMNS) + "\n");
    assertEquals(tables, RunFolder.named(tables).root());
    assertEquals(out, RunFolder.named(Files.createDirectories(out.resolve(RunFolder.INDEX))).root());
  }
}
