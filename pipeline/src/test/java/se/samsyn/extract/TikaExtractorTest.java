package se.samsyn.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.core.Block;
import se.samsyn.core.Extraction;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.Location;
import se.samsyn.core.SourceFile;
import se.samsyn.corpus.CsvWriter;
import se.samsyn.corpus.PptxWriter;
import se.samsyn.corpus.SampleDocument;
import se.samsyn.corpus.SurveyTable;

/** Tika keeps the structure we need: slides, table rows, line numbers of plain text. */
class TikaExtractorTest {
  @TempDir
  Path folder;

  private final TikaExtractor extractor = new TikaExtractor(1_000_000);

  @Test
  void pptxBlocksCarryTheirSlideNumber() throws IOException {
    Path deck = new PptxWriter().write(SampleDocument.builder("Möte")
        .slide("Första bilden", List.of("Punkt ett"))
        .slide("Andra bilden", List.of("Punkt två")).build(), folder.resolve("deck.pptx"));
    Extraction extraction = extractor.extract(source(deck));
    assertEquals(ExtractionStatus.OK, extraction.status(), extraction.error());
    assertEquals(Location.slide(2), locationOf(extraction, "Punkt ett"), "slide 1 is the title slide");
    assertEquals(Location.slide(3), locationOf(extraction, "Punkt två"));
  }

  @Test
  void csvRowsBecomeTableRows() throws IOException {
    Path csv = new CsvWriter().write(new SurveyTable("Enkät", List.of("id", "svar"),
        List.of(List.of("1", "Mer dialog, tack"), List.of("2", "Längre avtal"))), folder.resolve("enkat.csv"));
    Extraction extraction = extractor.extract(source(csv));
    List<Block> rows = extraction.blocks().stream().filter(b -> b.kind() == Block.Kind.TABLE_ROW).toList();
    assertEquals(List.of(List.of("id", "svar"), List.of("1", "Mer dialog, tack"), List.of("2", "Längre avtal")),
        rows.stream().map(Block::cells).toList(), extraction.blocks().toString());
  }

  @Test
  void plainTextIsLocatedByLine() throws IOException {
    Path text = Files.writeString(folder.resolve("a.txt"), "\n\nRubrik\n\nFörsta raden\nAndra raden\n", StandardCharsets.UTF_8);
    Extraction extraction = extractor.extract(source(text));
    Block block = extraction.blocks().get(0);
    assertEquals(Location.line(3), block.location());
    assertEquals("Rubrik\n\nFörsta raden\nAndra raden", block.text());
  }

  @Test
  void emptyAndUnknownFilesAreSkippedWithAReason() throws IOException {
    Extraction empty = extractor.extract(source(Files.write(folder.resolve("tom.docx"), new byte[0])));
    assertEquals(ExtractionStatus.SKIPPED, empty.status());
    byte[] noise = new byte[2048];
    new java.util.Random(7).nextBytes(noise);
    Extraction binary = extractor.extract(source(Files.write(folder.resolve("data.bin"), noise)));
    assertTrue(!binary.status().hasText() && !binary.error().isBlank(), binary.toString());
  }

  private static Location locationOf(Extraction extraction, String text) {
    return extraction.blocks().stream().filter(b -> b.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in " + extraction.blocks())).location();
  }

  static SourceFile source(Path file) throws IOException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return new SourceFile(file, file.getFileName().toString(), HexFormat.of().formatHex(digest), Files.size(file));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
