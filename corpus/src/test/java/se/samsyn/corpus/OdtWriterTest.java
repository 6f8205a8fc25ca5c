package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OdtWriterTest {

    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static Map<String, byte[]> entries(byte[] zip, List<ZipEntry> order) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                order.add(e);
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void mimetypeComesFirstUncompressed() throws IOException {
        List<ZipEntry> order = new ArrayList<>();
        Map<String, byte[]> entries = entries(new OdtWriter().toBytes(TestDocuments.allBlocks()), order);
        assertEquals("mimetype", order.getFirst().getName());
        assertEquals(ZipEntry.STORED, order.getFirst().getMethod());
        assertEquals(OdtWriter.MEDIA_TYPE, new String(entries.get("mimetype"), StandardCharsets.US_ASCII));
        assertTrue(entries.keySet().containsAll(List.of("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml")));
    }

    @Test
    void contentHasHeadingsParagraphsAndLists() throws Exception {
        Map<String, byte[]> entries = entries(new OdtWriter().toBytes(TestDocuments.allBlocks()), new ArrayList<>());
        Document content = xml(entries.get("content.xml"));
        NodeList headings = content.getElementsByTagNameNS(TEXT_NS, "h");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < headings.getLength(); i++) {
            Element h = (Element) headings.item(i);
            texts.add(h.getAttributeNS(TEXT_NS, "outline-level") + ":" + h.getTextContent());
        }
        assertEquals(List.of("1:1. Självständighet och oberoende", "2:Sammanfattning från 12 mars",
                "2:Princip 2: Dialog"), texts);
        NodeList lists = content.getElementsByTagNameNS(TEXT_NS, "list");
        assertEquals(2, lists.getLength());
        Element first = (Element) lists.item(0);
        assertEquals(2, first.getElementsByTagNameNS(TEXT_NS, "list-item").getLength());
        String body = content.getDocumentElement().getTextContent();
        assertTrue(body.contains("kommunen <utan> att"), body);
        assertEquals(1, content.getElementsByTagNameNS(TEXT_NS, "line-break").getLength());
        Document meta = xml(entries.get("meta.xml"));
        assertTrue(meta.getDocumentElement().getTextContent().contains(TestDocuments.TITLE));
        xml(entries.get("styles.xml"));
        xml(entries.get("META-INF/manifest.xml"));
    }

    @Test
    void outputIsReproducible() throws IOException {
        SampleDocument doc = TestDocuments.allBlocks();
        assertArrayEquals(new OdtWriter().toBytes(doc), new OdtWriter().toBytes(doc));
    }
}
