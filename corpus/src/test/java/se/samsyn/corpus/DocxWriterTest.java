package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxWriterTest {

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFParagraph find(XWPFDocument docx, String start) {
        return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    @Test
    void headingsUseNamedHeadingStylesWithOutlineLevels(@TempDir Path dir) throws IOException {
        Path file = new DocxWriter().write(TestDocuments.allBlocks(), dir.resolve("t.docx"));
        try (XWPFDocument docx = read(java.nio.file.Files.readAllBytes(file))) {
            XWPFParagraph h1 = find(docx, "1. Självständighet");
            assertEquals("Heading1", h1.getStyleID());
            assertEquals("heading 1", docx.getStyles().getStyle("Heading1").getName());
            assertEquals("Heading2", find(docx, "Sammanfattning från 12 mars").getStyleID());
            assertEquals("Heading2", find(docx, "Princip 2: Dialog").getStyleID());
            assertEquals("Title", find(docx, TestDocuments.TITLE).getStyleID());
            assertEquals("0", docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl()
                    .getVal().toString());
        }
    }

    @Test
    void bulletsAreNumberedListParagraphsAndBodyIsPlain() throws IOException {
        try (XWPFDocument docx = read(new DocxWriter().toBytes(TestDocuments.allBlocks()))) {
            XWPFParagraph bullet = find(docx, "Första punkten");
            assertNotNull(bullet.getNumID());
            assertEquals("bullet", bullet.getNumFmt());
            assertEquals("Första punkten: åäö ÅÄÖ é", bullet.getText());
            assertNotNull(find(docx, "Mötas tidigt").getNumID());
            XWPFParagraph body = find(docx, "Föreningarna ska");
            assertNull(body.getStyleID());
            assertNull(body.getNumID());
            assertEquals("Föreningarna ska kunna kritisera kommunen <utan> att riskera stödet.", body.getText());
            assertEquals("Andra punkten\nmed radbrytning", find(docx, "Andra punkten").getText());
            assertEquals(TestDocuments.TITLE, docx.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void outputIsReproducible() throws IOException {
        SampleDocument doc = TestDocuments.allBlocks();
        assertArrayEquals(new DocxWriter().toBytes(doc), new DocxWriter().toBytes(doc));
        List<String> texts;
        try (XWPFDocument docx = read(new DocxWriter().toBytes(doc))) {
            texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
        assertTrue(texts.contains("Återkoppla efteråt"), texts.toString());
    }
}
