package se.samsyn.corpus;

/** Escaping for text written into hand-made XML and HTML. */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes {@code text} and puts {@code lineBreak} markup where it has newlines. */
    static String escape(String text, String lineBreak) {
        return escape(text).replace("\n", lineBreak);
    }
}
