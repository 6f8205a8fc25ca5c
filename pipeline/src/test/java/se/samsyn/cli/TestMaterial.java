package se.samsyn.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samsyn.corpus.BadFiles;
import se.samsyn.corpus.CsvWriter;
import se.samsyn.corpus.DocxWriter;
import se.samsyn.corpus.EmlWriter;
import se.samsyn.corpus.HtmlWriter;
import se.samsyn.corpus.OdtWriter;
import se.samsyn.corpus.PdfWriter;
import se.samsyn.corpus.PptxWriter;
import se.samsyn.corpus.SampleDocument;
import se.samsyn.corpus.SurveyTable;
import se.samsyn.corpus.XlsxWriter;

/** Real files of every supported format, plus broken ones, written into a test folder. */
final class TestMaterial {
  static final List<String> GOOD = List.of("workshop.docx", "workshop.pdf", "deck.pptx",
      "utkast.odt", "sida.html", "synpunkter.eml", "enkat.csv", "enkat.xlsx", "paket.zip");
  static final List<String> BAD = List.of("trasig.pdf", "krypterad.pdf", "tom.txt", "binar.pdf");

  private TestMaterial() {}

  /** The repository's bundled sample corpus (tests run in the pipeline folder). */
  static Path sample() {
    return Path.of("..", "corpus", "sample").toAbsolutePath().normalize();
  }

  static SampleDocument workshop() {
    return SampleDocument.builder("Workshop om principerna").date(LocalDate.of(2024, 3, 12))
        .heading(1, "1. Dialog")
        .paragraph("Region Testland: Dialogen ska vara regelbunden och öppen för alla föreningar.")
        .heading(2, "Sammanfattning från 12 mars")
        .bullet("Träffas oftare i mindre grupper")
        .bullet("Bjud in nya föreningar tidigt")
        .heading(1, "2. Långsiktighet")
        .paragraph("Fleråriga bidrag ger föreningarna arbetsro och möjlighet att planera.")
        .build();
  }

  static SampleDocument deck() {
    return SampleDocument.builder("Informationsmöte").date(LocalDate.of(2024, 4, 2))
        .slide("Varför en överenskommelse?", List.of("Tydliga spelregler för samverkan", "Gemensam värdegrund"))
        .slide("Principerna", List.of("Dialog", "Kvalitet", "Mångfald"))
        .build();
  }

  static SurveyTable survey() {
    return new SurveyTable("Enkät", List.of("respondent_id", "organisation", "datum", "Vad är viktigast för samverkan?"),
        List.of(List.of("1", "Föreningen Ljuset", "2024-05-02", "Att vi får vara med från början i planeringen."),
            List.of("2", "Idrottsalliansen", "2024-05-03", "Långsiktiga avtal i stället för ettåriga projekt."),
            List.of("3", "Hyresgästföreningen", "2024-05-03", "")));
  }

  /** Writes every good and bad file into {@code folder}. */
  static void writeAll(Path folder) throws IOException {
    SampleDocument workshop = workshop();
    new DocxWriter().write(workshop, folder.resolve("workshop.docx"));
    new PdfWriter().write(workshop, folder.resolve("workshop.pdf"));
    new PptxWriter().write(deck(), folder.resolve("deck.pptx"));
    new OdtWriter().write(workshop, folder.resolve("utkast.odt"));
    new HtmlWriter().write(workshop, folder.resolve("sida.html"));
    new EmlWriter("anna@example.org", "samsyn@example.org").write(workshop, folder.resolve("synpunkter.eml"));
    new CsvWriter().write(survey(), folder.resolve("enkat.csv"));
    new XlsxWriter().write(survey(), folder.resolve("enkat.xlsx"));
    ByteArrayOutputStream attachment = new ByteArrayOutputStream();
    new DocxWriter().write(appendix(), attachment);
    BadFiles.zip(folder.resolve("paket.zip"), Map.of("bilaga.docx", attachment.toByteArray()));
    BadFiles.corruptPdf(workshop, folder.resolve("trasig.pdf"));
    BadFiles.encryptedPdf(workshop, folder.resolve("krypterad.pdf"), "hemligt");
    BadFiles.empty(folder.resolve("tom.txt"));
    BadFiles.randomBytes(folder.resolve("binar.pdf"), 4096, 42);
  }

  private static SampleDocument appendix() {
    return SampleDocument.builder("Bilaga").heading(1, "Bilaga om kvalitet")
        .paragraph("Kvaliteten avgörs av föreningarna själva utifrån deras värdegrund.")
        .paragraph("Uppföljning sker varje år tillsammans med kommunen.").build();
  }
}
