package se.samsyn.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.core.Block;
import se.samsyn.core.Extraction;

/** Each format reader is chosen by the media type Tika detects (and the file name), the rest keep Tika's blocks. */
class FormatReadersTest {
  @TempDir
  Path folder;

  private final TikaExtractor extractor = new TikaExtractor(1_000_000);

  @Test
  void delimitedTextIsReadByItsReader() {
    assertInstanceOf(DelimitedText.class, FormatReaders.of(MediaType.text("csv"), "svar.csv").orElseThrow());
    assertInstanceOf(DelimitedText.class,
        FormatReaders.of(MediaType.parse("text/tab-separated-values"), "svar.tsv").orElseThrow());
    assertInstanceOf(DelimitedText.class, FormatReaders.of(MediaType.TEXT_PLAIN, "svar.csv").orElseThrow(),
        "Tika calls a small CSV file text/plain");
  }

  @Test
  void otherFormatsHaveNoReaderOfTheirOwn() {
    assertTrue(FormatReaders.of(MediaType.TEXT_PLAIN, "anteckningar.txt").isEmpty());
    assertTrue(FormatReaders.of(MediaType.application("pdf"), "svar.csv").isEmpty());
    assertTrue(FormatReaders.of(null, "svar.csv").isEmpty());
  }

  @Test
  void aTsvFileIsReadAsTableRowsAndReportedAsCsv() throws IOException {
    Path tsv = Files.writeString(folder.resolve("svar.tsv"),
        "nr\tsvar\n1\tMer dialog, tack\n2\tLängre avtal; gärna tre år\n", StandardCharsets.UTF_8);
    Extraction extraction = extractor.extract(TikaExtractorTest.source(tsv));
    assertEquals("text/csv", extraction.format());
    assertEquals(List.of(List.of("nr", "svar"), List.of("1", "Mer dialog, tack"),
        List.of("2", "Längre avtal; gärna tre år")), extraction.blocks().stream().map(Block::cells).toList());
  }

  @Test
  void plainTextWithSeparatorsKeepsTikasTextBlocks() throws IOException {
    Path text = Files.writeString(folder.resolve("anteckningar.txt"),
        "Dialog; tillit, öppenhet\nLängre avtal; fleråriga bidrag\n", StandardCharsets.UTF_8);
    Extraction extraction = extractor.extract(TikaExtractorTest.source(text));
    assertEquals("text/plain", extraction.format());
    assertEquals(List.of(Block.Kind.TEXT), extraction.blocks().stream().map(Block::kind).toList());
  }
}
