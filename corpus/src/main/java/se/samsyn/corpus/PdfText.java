package se.samsyn.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring, encoding and word-wrapping text for a PDF font. */
final class PdfText {

    private static final Map<Integer, String> FALLBACKS = Map.of(
            0x2192, "->", 0x2190, "<-", 0x2212, "-", 0x2011, "-", 0x2009, " ", 0x202F, " ", 0x09, " ");

    private PdfText() {
    }

    /** Replaces characters the font's encoding cannot show (e.g. outside WinAnsi) by look-alikes or '?'. */
    static String encodable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = Character.toString(cp);
            out.append(canEncode(font, s) ? s : FALLBACKS.getOrDefault(cp, "?"));
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Splits {@code text} into lines no wider than {@code maxWidth}; words longer than a line are cut. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                int cut = longestPrefix(font, size, rest, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int longestPrefix(PDFont font, float size, String word, float maxWidth) throws IOException {
        int cut = 1;
        while (cut < word.length() && width(font, size, word.substring(0, cut + 1)) <= maxWidth) {
            cut++;
        }
        return cut;
    }
}
