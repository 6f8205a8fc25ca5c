package se.samsyn.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.core.Extraction;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.SourceFile;
import se.samsyn.corpus.DocxWriter;
import se.samsyn.corpus.SampleDocument;

/** Extraction in child processes: same result as in-process, and a dead or slow child costs one file. */
class IsolatedExtractorTest {
  @TempDir
  Path folder;

  private SourceFile docx() throws IOException {
    Path file = new DocxWriter().write(SampleDocument.builder("Anteckningar").heading(1, "Dialog")
        .paragraph("Vi vill träffas oftare.").bullet("Fler mötesplatser").build(), folder.resolve("a.docx"));
    return TikaExtractorTest.source(file);
  }

  @Test
  void childProcessGivesTheSameExtractionAsInProcess() throws IOException {
    SourceFile file = docx();
    try (IsolatedExtractor isolated = new IsolatedExtractor(
        new IsolatedExtractor.Settings(1, Duration.ofSeconds(60), "512m", 1_000_000))) {
      Extraction viaChild = isolated.extract(file);
      assertEquals(new TikaExtractor(1_000_000).extract(file), viaChild);
      assertEquals(viaChild, isolated.extract(file), "the same child answers the next file too");
    }
  }

  @Test
  void aChildThatCannotRunFailsEachFileWithAReason() throws IOException {
    SourceFile file = docx();
    try (IsolatedExtractor isolated = new IsolatedExtractor(
        new IsolatedExtractor.Settings(1, Duration.ofSeconds(60), "1k", 1_000_000))) {
      for (int attempt = 0; attempt < 2; attempt++) {
        Extraction result = isolated.extract(file);
        assertEquals(ExtractionStatus.FAILED, result.status());
        assertTrue(result.error().startsWith("parser process crashed"), result.error());
      }
    }
  }

  @Test
  void aChildThatRunsOutOfMemorySaysSo() throws IOException {
    Extraction result = extractOnce(Duration.ofSeconds(60), "8m");
    assertEquals(ExtractionStatus.FAILED, result.status());
    assertEquals("parser ran out of memory (limit 8m); extraction stopped", result.error());
  }

  @Test
  void aChildThatTakesTooLongIsStoppedAndTheFileTimesOut() throws IOException {
    Extraction result = extractOnce(Duration.ofMillis(50), "512m");
    assertEquals(ExtractionStatus.TIMEOUT, result.status());
    assertEquals("no result within 50 ms; extraction stopped", result.error());
  }

  /** One file through a pool of one child with the given time limit and heap. */
  private Extraction extractOnce(Duration timeout, String heap) throws IOException {
    SourceFile file = docx();
    try (IsolatedExtractor isolated = new IsolatedExtractor(new IsolatedExtractor.Settings(1, timeout, heap, 1_000_000))) {
      return isolated.extract(file);
    }
  }
}
