package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Writes a document as OpenDocument Text (ODT) by hand: a zip with the {@code mimetype} entry
 * first and uncompressed, {@code content.xml} with {@code text:h} / {@code text:p} /
 * {@code text:list}, {@code styles.xml}, {@code meta.xml} and {@code META-INF/manifest.xml}.
 */
public final class OdtWriter implements DocumentWriter {

    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"";

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles%s>
             <office:styles>
              <style:style style:name="Standard" style:family="paragraph"/>
              <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
               <style:paragraph-properties fo:margin-bottom="0.25cm"/>
              </style:style>
              <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
               <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
              </style:style>
              <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
               <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
              </style:style>
              <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
               <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
              </style:style>
              <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3">
               <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
              </style:style>
             </office:styles>
            </office:document-styles>
            """.formatted(NS);

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """.formatted(MEDIA_TYPE);

    @Override
    public String extension() {
        return "odt";
    }

    @Override
    public void write(SampleDocument document, OutputStream out) throws IOException {
        try (ReproducibleZip zip = new ReproducibleZip(out)) {
            zip.stored("mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
            zip.deflated("content.xml", utf8(content(document)));
            zip.deflated("styles.xml", utf8(STYLES));
            zip.deflated("meta.xml", utf8(meta(document)));
            zip.deflated("META-INF/manifest.xml", utf8(MANIFEST));
        }
    }

    private static String content(SampleDocument document) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-content").append(NS).append(">\n")
                .append(" <office:automatic-styles>\n")
                .append("  <text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\"")
                .append(" text:bullet-char=\"\u2022\"><style:list-level-properties text:space-before=\"0.4cm\"")
                .append(" text:min-label-width=\"0.5cm\"/></text:list-level-style-bullet></text:list-style>\n")
                .append(" </office:automatic-styles>\n <office:body><office:text>");
        paragraph(xml, "Title", document.title());
        if (document.date() != null) {
            paragraph(xml, "Text_20_body", DateTimeFormatter.ISO_LOCAL_DATE.format(document.date()));
        }
        Flow.walk(document, new Flow.Sink() {
            @Override
            public void heading(int level, String text) {
                int shown = Math.min(level, 3);
                xml.append("<text:h text:style-name=\"Heading_20_").append(shown)
                        .append("\" text:outline-level=\"").append(level).append("\">")
                        .append(inline(text)).append("</text:h>");
            }

            @Override
            public void paragraph(String text) {
                OdtWriter.paragraph(xml, "Text_20_body", text);
            }

            @Override
            public void startList() {
                xml.append("<text:list text:style-name=\"L1\">");
            }

            @Override
            public void item(String text) {
                xml.append("<text:list-item><text:p text:style-name=\"Standard\">")
                        .append(inline(text)).append("</text:p></text:list-item>");
            }

            @Override
            public void endList() {
                xml.append("</text:list>");
            }
        });
        return xml.append("</office:text></office:body>\n</office:document-content>\n").toString();
    }

    private static void paragraph(StringBuilder xml, String style, String text) {
        xml.append("<text:p text:style-name=\"").append(style).append("\">")
                .append(inline(text)).append("</text:p>");
    }

    private static String inline(String text) {
        return Xml.escape(text, "<text:line-break/>");
    }

    private static String meta(SampleDocument document) {
        String time = Reproducible.timestamp(document).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NS + ">\n <office:meta>\n"
                + "  <meta:generator>Samsyn corpus generator</meta:generator>\n"
                + "  <dc:title>" + Xml.escape(document.title()) + "</dc:title>\n"
                + "  <meta:initial-creator>Samsyn</meta:initial-creator>\n"
                + "  <meta:creation-date>" + time + "</meta:creation-date>\n"
                + "  <dc:date>" + time + "</dc:date>\n"
                + " </office:meta>\n</office:document-meta>\n";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
