package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;
import se.samsyn.corpus.PdfWriter;
import se.samsyn.corpus.SampleDocument;

/**
 * Document titles as {@code samsyn run} writes them to documents.csv: from metadata (a DOCX title
 * property, an HTML {@code <title>}) unless it is generic, else the first title line before the
 * prose, never a capture banner, a long line or a label ending in ':', else the file name; a
 * one-word title takes the line under it along.
 */
class DocumentTitlesTest {
  private static final String PROSE = "Här följer de synpunkter som kom fram under kvällen, samlade av processledarna "
      + "och skrivna så nära deltagarnas egna ord som möjligt.";

  @TempDir
  static Path work;
  static Map<String, String> titles;

  @BeforeAll
  static void run() throws IOException {
    Path in = work.resolve("in");
    Files.createDirectories(in);
    docx(in.resolve("lund.docx"), "Workshop om långsiktighet i Lund");
    Files.writeString(in.resolve("kalmar.html"), """
        <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Dialogmöte i Kalmar 2024</title></head>
        <body><p>Introduktion till detta dokument:</p><p>%s</p><p>Vi vill ha fler träffar på kvällstid.</p></body></html>
        """.formatted(PROSE), StandardCharsets.UTF_8);
    pdfWithGenericTitle(in.resolve("visby.pdf"));
    text(in, "banner.txt", "Presentation laddar. Vänta.", "Liknande presentationer", "Samrådsmöte om föreningsbidrag",
        PROSE, "Bidragen borde gälla i tre år.");
    text(in, "lang-rad.txt", "Dialogmöte 18 oktober 2024 Presentation av arbetsgruppens förslag till överenskommelse "
        + "Anna Andersson, processledare Nätverket för idéburen sektor i Testlän www.exempel.se.", PROSE);
    text(in, "intro.txt", "Introduktion till detta dokument:", PROSE, "1. Dialog", "Träffas oftare.");
    text(in, "blekinge.txt", "ÖVERENSKOMMELSEN", "Överenskommelse mellan föreningar och kommunen i Testby",
        "Bakgrund", PROSE);
    text(in, "varmland.txt", "ÖVERENSKOMMELSEN", "PROVLÄN 2016-03-01", "SAMHÄLLSUTVECKLING", PROSE);
    Path out = work.resolve("out");
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    titles = OutputTables.read(out.resolve("documents.csv")).stream().collect(Collectors.toMap(
        d -> Path.of(d.get("source")).getFileName().toString(), d -> d.get("title")));
  }

  private static void text(Path folder, String name, String... paragraphs) throws IOException {
    Files.writeString(folder.resolve(name), String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
  }

  /** A DOCX whose title property names it and whose text opens with a capture banner and a label. */
  private static void docx(Path file, String title) throws IOException {
    try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      docx.getProperties().getCoreProperties().setTitle(title);
      for (String text : new String[] {"Presentation laddar. Vänta.", "Introduktion till detta dokument:", PROSE}) {
        docx.createParagraph().createRun().setText(text);
      }
      docx.write(out);
    }
  }

  /** A PDF whose title line is right but whose metadata title is what Word writes when nobody set one. */
  private static void pdfWithGenericTitle(Path file) throws IOException {
    SampleDocument document = SampleDocument.builder("Synpunkter från samrådet i Visby").paragraph(PROSE)
        .paragraph("Kommunen borde svara på våra frågor inom en månad.").build();
    try (OutputStream out = Files.newOutputStream(file)) {
      new PdfWriter().write(document, out);
    }
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      pdf.getDocumentInformation().setTitle("Microsoft Word - visby_slutlig.docx");
      pdf.save(file.toFile());
    }
  }

  @Test
  void metadataTitlesComeFirst() {
    assertEquals("Workshop om långsiktighet i Lund", titles.get("lund.docx"));
    assertEquals("Dialogmöte i Kalmar 2024", titles.get("kalmar.html"));
  }

  @Test
  void aGenericMetadataTitleGivesWayToTheTitleLine() {
    assertEquals("Synpunkter från samrådet i Visby", titles.get("visby.pdf"));
  }

  @Test
  void bannersLongLinesAndLabelsAreNeverTitles() {
    assertEquals("Samrådsmöte om föreningsbidrag", titles.get("banner.txt"));
    assertEquals("lang-rad", titles.get("lang-rad.txt"), "a 160-character line is prose: the file name it is");
    assertEquals("intro", titles.get("intro.txt"), "a label ending in ':' is no title, nor the first section");
  }

  @Test
  void aOneWordTitleTakesTheLineUnderItSoThatTwoAgreementsDiffer() {
    assertEquals("ÖVERENSKOMMELSEN – Överenskommelse mellan föreningar och kommunen i Testby",
        titles.get("blekinge.txt"));
    assertEquals("ÖVERENSKOMMELSEN – PROVLÄN 2016-03-01", titles.get("varmland.txt"));
  }
}
