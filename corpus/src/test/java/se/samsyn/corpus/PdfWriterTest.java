package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void writesHeadingsParagraphsBulletsAndSwedishLetters() throws IOException {
        byte[] bytes = new PdfWriter().toBytes(TestDocuments.allBlocks());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(TestDocuments.TITLE), text);
            assertTrue(text.contains("2024-03-12"), text);
            assertTrue(text.contains("1. Självständighet och oberoende"), text);
            assertTrue(text.contains("\u2022 Första punkten: åäö ÅÄÖ é"), text);
            assertTrue(text.contains("Andra punkten\nmed radbrytning"), text);
            assertTrue(text.contains("Princip 2: Dialog"), text);
            assertTrue(text.contains("\u2022 Återkoppla efteråt"), text);
            assertTrue(text.contains("Öppenhet och insyn -> förtroende"), "arrow outside WinAnsi is replaced: " + text);
            assertEquals(TestDocuments.TITLE, pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void longDocumentsFlowOverPagesWithHeaderAndNumberedFooter() throws IOException {
        byte[] bytes = new PdfWriter("Överenskommelsen – arbetsmaterial").toBytes(TestDocuments.longDocument(80));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            for (int p = 1; p <= pages; p++) {
                String text = text(pdf, p);
                assertTrue(text.contains("Överenskommelsen – arbetsmaterial"), "header on page " + p);
                assertTrue(text.contains("Sida " + p + " av " + pages), "footer on page " + p + ": " + text);
            }
            String all = new PDFTextStripper().getText(pdf);
            for (int i = 1; i <= 80; i++) {
                assertTrue(all.contains("Stycke " + i + ":"), "paragraph " + i);
            }
        }
    }

    @Test
    void wrapsLongLinesAndCutsOverlongWords() throws IOException {
        String word = "samverkans".repeat(20);
        SampleDocument doc = SampleDocument.builder("Ordbrytning").paragraph("ord ".repeat(60) + word).build();
        try (PDDocument pdf = Loader.loadPDF(new PdfWriter().toBytes(doc))) {
            String text = new PDFTextStripper().getText(pdf);
            String[] lines = text.split("\\R");
            long wordLines = java.util.Arrays.stream(lines)
                    .filter(l -> l.length() > 10 && word.contains(l.strip())).count();
            assertTrue(wordLines >= 2, "overlong word spread over lines: " + text);
            assertTrue(text.replaceAll("\\R", "").contains(word), "nothing of the word lost");
            assertTrue(java.util.Arrays.stream(lines).filter(l -> l.startsWith("ord ord")).count() >= 2);
        }
    }

    @Test
    void outputIsReproducibleWithFixedMetadataDates() throws IOException {
        SampleDocument doc = TestDocuments.allBlocks();
        byte[] first = new PdfWriter("Rubrik").toBytes(doc);
        byte[] second = new PdfWriter("Rubrik").toBytes(doc);
        assertArrayEquals(first, second);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertEquals(2024, created.get(Calendar.YEAR));
            assertEquals(Calendar.MARCH, created.get(Calendar.MONTH));
            assertEquals(12, created.get(Calendar.DAY_OF_MONTH));
        }
    }
}
