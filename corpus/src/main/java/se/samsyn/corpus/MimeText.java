package se.samsyn.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The two MIME encodings an e-mail with Swedish text needs: RFC 2047 encoded words and quoted-printable. */
final class MimeText {

    private static final int MAX_LINE = 76;
    private static final int MAX_WORD_BYTES = 36;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MimeText() {
    }

    /** The text as-is when it is plain ASCII, else as "=?UTF-8?B?...?=" words folded onto continuation lines. */
    static String header(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            return text;
        }
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String s = Character.toString(cp);
            int n = s.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_WORD_BYTES) {
                words.add(word(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(s);
            bytes += n;
            i += s.length();
        }
        words.add(word(chunk.toString()));
        return String.join("\r\n ", words);
    }

    private static String word(String s) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, lines at most 76 characters with soft breaks. */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            encodeLine(line, out);
            out.append("\r\n");
        }
        out.setLength(out.length() - 2);
        return out.toString();
    }

    private static void encodeLine(String line, StringBuilder out) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int width = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean last = i == bytes.length - 1;
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last);
            String piece = literal ? String.valueOf((char) b) : "=" + HEX[b >> 4] + HEX[b & 0xF];
            if (width + piece.length() > MAX_LINE - 1) {
                out.append("=\r\n");
                width = 0;
            }
            out.append(piece);
            width += piece.length();
        }
    }
}
