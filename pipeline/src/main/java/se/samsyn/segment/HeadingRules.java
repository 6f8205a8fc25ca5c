package se.samsyn.segment;

import java.util.regex.Pattern;

/**
 * Recognises headings in text that does not mark them (plain text, PDF, unstyled DOCX) and gives
 * each kind a fixed rank, so that "1. Dialog" nests under a chapter and "Sammanfattning från 8
 * maj" nests under "1. Dialog" whatever order the kinds first appear in.
 */
final class HeadingRules {
  /** Kinds of inferred heading, outermost first; the ordinal + 1 is the nesting level. */
  enum Kind {
    CHAPTER,
    NUMBERED,
    DATED
  }

  private static final int MAX_HEADING_WORDS = 8;
  private static final int MIN_PROSE_WORDS = 12;
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\p{Lu}.*");
  private static final Pattern PRINCIPLE = Pattern.compile("^Principen om \\p{L}.*");
  private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d{1,2})[.)]\\s.*");
  private static final Pattern TERMINAL = Pattern.compile(".*[.!?;,:]$");
  /** A line in capitals with at least four letters ("BAKGRUND", not word-art pieces like "EN"). */
  private static final Pattern ALL_CAPS = Pattern.compile("^(?=(?:[^\\p{Lu}]*\\p{Lu}){4})[\\p{Lu}\\d][\\p{Lu}\\d &/–-]*\\p{Lu}$");

  private HeadingRules() {}

  /**
   * The heading kind of {@code line}, or null when it is not a heading.
   *
   * @param next             the following line of the document, or null at the end
   * @param allowChapters    false when the document marks its headings itself
   * @param inDatedSection   true inside a dated workshop summary, where a short line before a
   *                         long one is a statement, not a chapter (unless it is in capitals)
   */
  static Kind classify(String line, String next, boolean allowChapters, boolean inDatedSection) {
    int words = words(line);
    if (words > MAX_HEADING_WORDS || TERMINAL.matcher(line).matches()) {
      return null;
    }
    if ((NUMBERED.matcher(line).matches() && !continuesNumbering(line, next))
        || PRINCIPLE.matcher(line).matches()) {
      return Kind.NUMBERED;
    }
    if (words <= 6 && SwedishDates.firstDate(line, 2000).isPresent() && Character.isUpperCase(line.charAt(0))
        && !LineCleaner.startsWithBullet(line)) {
      return Kind.DATED;
    }
    if (allowChapters && words <= 5 && Character.isUpperCase(line.charAt(0)) && !LineCleaner.startsWithBullet(line)
        && (ALL_CAPS.matcher(line).matches() || (!inDatedSection && introduces(next)))) {
      return Kind.CHAPTER;
    }
    return null;
  }

  /** A chapter title is followed by prose or by the first numbered heading of the chapter. */
  private static boolean introduces(String next) {
    return next != null && (words(next) >= MIN_PROSE_WORDS
        || (NUMBERED.matcher(next).matches() && next.matches("^1[.)]\\s.*") && words(next) <= MAX_HEADING_WORDS));
  }

  /** "1. Ja" followed by "2. Nej" is a numbered list, not a heading. */
  private static boolean continuesNumbering(String line, String next) {
    if (next == null) {
      return false;
    }
    var current = NUMBER_PREFIX.matcher(line);
    var following = NUMBER_PREFIX.matcher(next);
    return current.matches() && following.matches()
        && Integer.parseInt(following.group(1)) == Integer.parseInt(current.group(1)) + 1;
  }

  static int words(String line) {
    String trimmed = line.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
