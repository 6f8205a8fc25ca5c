package se.samsyn.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.core.Document;
import se.samsyn.core.Extraction;
import se.samsyn.core.Location;
import se.samsyn.core.SourceFile;
import se.samsyn.core.Statement;
import se.samsyn.extract.TikaExtractor;
import se.samsyn.nlp.LanguageIdentifier;
import se.samsyn.nlp.OpenNlpSentenceSplitter;
import se.samsyn.nlp.SwedishLexicon;

/** Each statement reader is chosen by the format extraction reports, here for small files written by the test. */
class StatementReadersTest {
  private static StatementReaders readers;
  private static WorkshopSegmenter segmenter;

  @TempDir
  Path folder;

  @BeforeAll
  static void load() {
    SwedishLexicon lexicon = SwedishLexicon.load();
    OpenNlpSentenceSplitter sentences = OpenNlpSentenceSplitter.swedish();
    readers = new StatementReaders(SegmentationSettings.defaults(), sentences, new LineCleaner(lexicon),
        new Speakers(lexicon));
    segmenter = new WorkshopSegmenter(SegmentationSettings.defaults(), sentences, LanguageIdentifier.load(), lexicon);
  }

  @Test
  void everySpreadsheetFormatIsReadAsASurvey() {
    SurveyTable.SPREADSHEET_FORMATS.forEach(format -> assertInstanceOf(SurveyStatements.class, readers.of(format)));
    assertInstanceOf(StructuredStatements.class, readers.of("application/pdf"));
    assertInstanceOf(StructuredStatements.class, readers.of(""), "a format extraction could not tell");
  }

  @Test
  void aCsvFileBecomesOneStatementPerAnswer() throws IOException {
    Extraction extraction = extract("enkat.csv", """
        id,organisation,Vad är viktigast för samverkan?
        1,Föreningen Gläntan,Fler mötesplatser mellan regionen och föreningarna
        2,Region Norr,Längre avtal ger arbetsro och möjlighet att planera
        """);
    assertInstanceOf(SurveyStatements.class, readers.of(extraction.format()));
    List<Statement> answers = segmenter.segment(extraction).statements();
    assertEquals(List.of("Fler mötesplatser mellan regionen och föreningarna",
        "Längre avtal ger arbetsro och möjlighet att planera"), answers.stream().map(Statement::text).toList());
    assertEquals(List.of("Vad är viktigast för samverkan?"), answers.get(0).sectionPath());
    assertEquals("Föreningen Gläntan", answers.get(0).speaker());
    assertEquals(Location.row(3), answers.get(1).location());
  }

  @Test
  void aTextFileBecomesStatementsWithTheirSpeakers() throws IOException {
    Extraction extraction = extract("anteckningar.txt", """
        Anteckningar från workshop om samverkan

        Skåne: Vi vill ha fler mötesplatser mellan regionen och föreningarna.
        Längre avtal ger arbetsro.
        """);
    assertInstanceOf(StructuredStatements.class, readers.of(extraction.format()));
    Document document = segmenter.segment(extraction);
    Statement quote = document.statements().stream().filter(s -> s.speaker().equals("Skåne")).findFirst()
        .orElseThrow(() -> new AssertionError(document.statements().toString()));
    assertEquals("Vi vill ha fler mötesplatser mellan regionen och föreningarna.", quote.text());
    assertTrue(document.statements().stream().allMatch(s -> s.location().unit() == Location.Unit.LINE),
        document.statements().toString());
  }

  private Extraction extract(String name, String content) throws IOException {
    Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    // The hash only names the document, which these tests do not look at.
    SourceFile source = new SourceFile(file, name, "0".repeat(64), Files.size(file));
    return new TikaExtractor(1_000_000).extract(source);
  }
}
