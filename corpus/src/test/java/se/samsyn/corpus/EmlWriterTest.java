package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.codec.DecoderException;
import org.apache.commons.codec.net.BCodec;
import org.apache.commons.codec.net.QuotedPrintableCodec;
import org.junit.jupiter.api.Test;

/** Reads the message back with commons-codec's MIME decoders, independent of the writer's encoders. */
class EmlWriterTest {

    private static final String FROM = "Karin Ålund <karin@example.org>";

    private static String message() throws IOException {
        byte[] bytes = new EmlWriter(FROM, "kansliet@example.org").toBytes(TestDocuments.allBlocks());
        for (byte b : bytes) {
            assertTrue(b > 0, "message is 7-bit ASCII");
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static Map<String, String> headers(String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        String unfolded = message.substring(0, message.indexOf("\r\n\r\n")).replace("\r\n ", " ");
        for (String line : unfolded.split("\r\n")) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return headers;
    }

    private static String decodeWords(String value) throws DecoderException {
        StringBuilder out = new StringBuilder();
        boolean previousEncoded = false;
        for (String part : value.split(" ")) {
            boolean encoded = part.startsWith("=?");
            if (!out.isEmpty() && !(encoded && previousEncoded)) {
                out.append(' ');
            }
            out.append(encoded ? new BCodec().decode(part) : part);
            previousEncoded = encoded;
        }
        return out.toString();
    }

    @Test
    void headersAreEncodedAndComplete() throws Exception {
        Map<String, String> headers = headers(message());
        assertEquals(TestDocuments.TITLE, decodeWords(headers.get("Subject")));
        assertEquals("Karin Ålund <karin@example.org>", decodeWords(headers.get("From")));
        assertEquals("kansliet@example.org", headers.get("To"));
        assertEquals("Tue, 12 Mar 2024 09:00:00 +0100", headers.get("Date"));
        assertEquals("text/plain; charset=UTF-8", headers.get("Content-Type"));
        assertEquals("quoted-printable", headers.get("Content-Transfer-Encoding"));
        assertTrue(headers.get("Message-ID").matches("<[0-9a-f]{32}@samsyn\\.invalid>"));
    }

    @Test
    void bodyIsQuotedPrintableUtf8WithShortLines() throws Exception {
        String message = message();
        String encoded = message.substring(message.indexOf("\r\n\r\n") + 4);
        assertTrue(Arrays.stream(encoded.split("\r\n")).allMatch(l -> l.length() <= 76));
        StringBuilder decoded = new StringBuilder();
        for (String hardLine : encoded.replace("=\r\n", "").split("\r\n", -1)) {
            decoded.append(new String(QuotedPrintableCodec.decodeQuotedPrintable(
                    hardLine.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.UTF_8)).append('\n');
        }
        String body = decoded.toString();
        assertTrue(body.startsWith("1. Självständighet och oberoende\n\n"), body);
        assertTrue(body.contains("- Första punkten: åäö ÅÄÖ é\n- Andra punkten\n  med radbrytning\n"), body);
        assertTrue(body.contains("Princip 2: Dialog\n\n- Mötas tidigt\n- Återkoppla efteråt\n"), body);
        assertTrue(body.contains("Öppenhet och insyn \u2192 förtroende"), body);
    }

    @Test
    void longLinesGetSoftBreaksThatDecodeBack() throws DecoderException {
        String line = "Långsiktighet ".repeat(30).strip() + " ";
        String encoded = MimeText.quotedPrintable(line);
        assertTrue(encoded.contains("=\r\n"));
        assertTrue(encoded.endsWith("=20"), "trailing space is encoded");
        assertEquals(line, new String(QuotedPrintableCodec.decodeQuotedPrintable(
                encoded.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.UTF_8));
    }
}
