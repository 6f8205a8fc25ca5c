package se.samsyn.report;

/** Escaping and shortening of text for HTML and inline SVG. */
final class Html {
  private Html() {}

  /** The text with {@code & < > " '} as character references, safe in element content and quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** At most {@code max} characters, cut at a word boundary where there is one, with "…" when cut. */
  static String shorten(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return flat.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
  }

  /**
   * Escaped text, shortened to {@code max} characters; when shortened, it is wrapped in a span whose
   * title holds the whole text (shown on hover).
   */
  static String shortened(String text, int max) {
    return withTitle(shorten(text, max), text);
  }

  /** The middle of a long name replaced by "…", so both its start and its extension stay visible. */
  static String middle(String name, int max) {
    if (name.length() <= max) {
      return name;
    }
    int tail = Math.min(12, max / 3);
    return name.substring(0, max - tail - 1) + "…" + name.substring(name.length() - tail);
  }

  /** The file name of a path as given, escaped, the middle of a long one left out; the whole path on hover. */
  static String path(String source) {
    return withTitle(middle(fileName(source), 48), source);
  }

  /** The last part of a path as given ({@code in/a/b.txt} → {@code b.txt}). */
  static String fileName(String source) {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }

  /** The shown text, escaped; when it is not the whole text, in a span with the whole text as title. */
  private static String withTitle(String shown, String whole) {
    return shown.equals(whole.strip().replaceAll("\\s+", " ")) ? escape(whole)
        : "<span title=\"" + escape(whole) + "\">" + escape(shown) + "</span>";
  }
}
