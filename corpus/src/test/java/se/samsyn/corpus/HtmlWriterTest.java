package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    @Test
    void writesEscapedStructuredUtf8Html() throws IOException {
        String html = new String(new HtmlWriter().toBytes(TestDocuments.allBlocks()), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<title>Testdokument om samverkan &amp; dialog</title>"), html);
        assertTrue(html.contains("<h2>1. Självständighet och oberoende</h2>"), html);
        assertTrue(html.contains("<h3>Princip 2: Dialog</h3>\n<ul>\n<li>Mötas tidigt</li>\n<li>Återkoppla efteråt</li>\n</ul>"), html);
        assertTrue(html.contains("<ul>\n<li>Första punkten: åäö ÅÄÖ é</li>\n<li>Andra punkten<br>\nmed radbrytning</li>\n</ul>"), html);
        assertTrue(html.contains("kommunen &lt;utan&gt; att"), html);
        assertFalse(html.contains("<utan>"));
    }
}
