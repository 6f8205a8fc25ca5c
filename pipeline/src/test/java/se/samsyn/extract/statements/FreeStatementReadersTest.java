package se.samsyn.extract.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.extract.statements.FreeStatements.Contents;
import se.samsyn.extract.statements.FreeStatements.Item;
import se.samsyn.extract.statements.FreeStatements.Problem;
import se.samsyn.nlp.LanguageIdentifier;
import se.samsyn.nlp.OpenNlpSentenceSplitter;
import se.samsyn.nlp.SwedishLexicon;
import se.samsyn.segment.SegmentationSettings;
import se.samsyn.segment.WorkshopSegmenter;

/** Each free-statement reader is chosen by the file's type, here for small files written by the test. */
class FreeStatementReadersTest {
  @TempDir
  Path folder;

  @Test
  void jsonLinesAreReadLineByLineWithoutATable() throws IOException {
    FreeStatementReaders readers = new FreeStatementReaders(1_000_000, extraction -> {
      throw new AssertionError("JSON Lines are no table");
    });
    Path jsonl = Files.writeString(folder.resolve("svar.jsonl"), """
        {"id": "a", "text": "Mer dialog mellan regionen och föreningarna"}
        {"text": "Längre avtal"}
        inte JSON
        """, StandardCharsets.UTF_8);
    Contents contents = readers.read(jsonl, null, null);
    assertEquals(List.of(new Item("a", "Mer dialog mellan regionen och föreningarna"),
        new Item("2", "Längre avtal")), contents.items());
    assertEquals(List.of(3L), contents.problems().stream().map(Problem::line).toList());
    Path ndjson = Files.writeString(folder.resolve("svar.NDJSON"), "{\"svar\": \"Tillit\"}\n",
        StandardCharsets.UTF_8);
    assertEquals(List.of(new Item("1", "Tillit")), readers.read(ndjson, "svar", null).items());
  }

  @Test
  void anyOtherFileIsReadAsATableOfAnswers() throws IOException {
    FreeStatementReaders readers = new FreeStatementReaders(1_000_000, new WorkshopSegmenter(
        new SegmentationSettings(List.of(), Integer.MAX_VALUE), OpenNlpSentenceSplitter.swedish(),
        LanguageIdentifier.load(), SwedishLexicon.load())::segment);
    Path csv = Files.writeString(folder.resolve("enkat.csv"), """
        nr;Vad är viktigast för samverkan?
        7;Fler mötesplatser mellan regionen och föreningarna
        8;Längre avtal ger arbetsro och möjlighet att planera
        """, StandardCharsets.UTF_8);
    assertEquals(List.of(new Item("7", "Fler mötesplatser mellan regionen och föreningarna"),
        new Item("8", "Längre avtal ger arbetsro och möjlighet att planera")),
        readers.read(csv, null, "Nr").items());
    Path text = Files.writeString(folder.resolve("svar.txt"), "Mer dialog, tack.\n", StandardCharsets.UTF_8);
    IllegalArgumentException noTable =
        assertThrows(IllegalArgumentException.class, () -> readers.read(text, null, null));
    assertTrue(noTable.getMessage().contains("holds no table"), noTable.getMessage());
  }
}
