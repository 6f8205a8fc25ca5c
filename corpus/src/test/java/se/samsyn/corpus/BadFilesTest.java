package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadFilesTest {

    @TempDir
    Path dir;

    @Test
    void encryptedPdfNeedsTheUserPassword() throws IOException {
        Path file = BadFiles.encryptedPdf(TestDocuments.allBlocks(), dir.resolve("krypterad.pdf"), "hemligt");
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(file.toFile()).close());
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(file.toFile(), "fel").close());
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "hemligt")) {
            assertTrue(pdf.isEncrypted());
            assertTrue(new PDFTextStripper().getText(pdf).contains("1. Självständighet och oberoende"));
        }
        byte[] again = Files.readAllBytes(BadFiles.encryptedPdf(TestDocuments.allBlocks(), dir.resolve("igen.pdf"), "hemligt"));
        assertArrayEquals(Files.readAllBytes(file), again, "encryption is seeded, so reproducible");
    }

    @Test
    void corruptPdfLooksLikeAPdfButDoesNotLoad() throws IOException {
        Path file = BadFiles.corruptPdf(TestDocuments.longDocument(40), dir.resolve("trasig.pdf"));
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(new String(bytes, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF"), "trailer is cut off");
        assertTrue(bytes.length < new PdfWriter().toBytes(TestDocuments.longDocument(40)).length);
        assertThrows(IOException.class, () -> Loader.loadPDF(file.toFile()).close());
    }

    @Test
    void emptyAndRandomFiles() throws IOException {
        assertEquals(0, Files.size(BadFiles.empty(dir.resolve("tom.pdf"))));
        byte[] random = Files.readAllBytes(BadFiles.randomBytes(dir.resolve("a.pdf"), 1000, 7));
        assertEquals(1000, random.length);
        assertArrayEquals(random, Files.readAllBytes(BadFiles.randomBytes(dir.resolve("b.pdf"), 1000, 7)));
        assertNotEquals(new String(random, 0, 4, StandardCharsets.ISO_8859_1), "%PDF");
        assertThrows(IOException.class, () -> Loader.loadPDF(dir.resolve("a.pdf").toFile()).close());
    }

    @Test
    void zipHoldsTheGivenEntriesInOrder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("b.docx", new DocxWriter().toBytes(TestDocuments.allBlocks()));
        entries.put("a.csv", new CsvWriter().toBytes(CsvWriterTest.table()));
        Path zip = BadFiles.zip(dir.resolve("material.zip"), entries);
        List<String> names = new ArrayList<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertArrayEquals(entries.get(e.getName()), in.readAllBytes());
                assertEquals(ReproducibleZip.ENTRY_TIME, e.getTimeLocal());
            }
        }
        assertEquals(List.of("b.docx", "a.csv"), names);
    }
}
