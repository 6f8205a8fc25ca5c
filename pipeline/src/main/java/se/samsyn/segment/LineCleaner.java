package se.samsyn.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.nlp.SwedishLexicon;

/**
 * Cleans one line of workshop text: bullet markers, emphasis markers and PDF hyphenation.
 * A hyphen is only removed when the joined word is a Swedish word, so "huvudsak-ligen" becomes
 * "huvudsakligen" while "e-post" and "organisations- och föreningsformer" stay as written.
 */
final class LineCleaner {
  private static final Pattern BULLET =
      Pattern.compile("^\\s*(?:[-–—•*▪►●○◦·✓✔➢>](?:\\s+|$|(?=\\p{Lu}))|\\(?[a-z]\\)(?:\\s+|$))");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d])([*_]{1,3})(?=\\S)|(?<=\\S)([*_]{1,3})(?![\\p{L}\\d])");
  private static final Pattern INLINE_MARKUP = Pattern.compile("</?(?:i|b|em|strong|u|span|sup|sub)(?:\\s[^>]*)?>");
  private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-(\\p{Ll}+)");
  private static final Pattern TRAILING_HYPHEN = Pattern.compile(".*\\p{L}-$");
  private static final Pattern COORDINATION = Pattern.compile("^(och|eller|samt|resp\\.?|respektive|till)\\b.*");

  private final SwedishLexicon lexicon;

  LineCleaner(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  static boolean startsWithBullet(String line) {
    return BULLET.matcher(line).find();
  }

  static String stripBullet(String line) {
    return BULLET.matcher(line).replaceFirst("").strip();
  }

  static String stripEmphasis(String line) {
    // most lines hold neither a tag nor a * or _, and each pattern needs one to match
    String untagged = line.indexOf('<') < 0 ? line : INLINE_MARKUP.matcher(line).replaceAll("");
    boolean marked = untagged.indexOf('*') >= 0 || untagged.indexOf('_') >= 0;
    return (marked ? EMPHASIS.matcher(untagged).replaceAll("") : untagged).strip();
  }

  /** Joins two lines of one paragraph, repairing a word broken by a hyphen at the line end. */
  String joinLines(String first, String second) {
    if (!TRAILING_HYPHEN.matcher(first).matches() || COORDINATION.matcher(second).matches()) {
      return first + " " + second;
    }
    String stem = first.substring(0, first.length() - 1);
    String start = stem.substring(lastWordStart(stem));
    String next = second.split("\\s+", 2)[0].replaceAll("[^\\p{L}]+$", "");
    return lexicon.isWord(start + next) ? stem + second : first + second;
  }

  /** Removes hyphens inside words where the joined form is a Swedish word. */
  String repairHyphenation(String line) {
    Matcher m = HYPHENATED.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String joined = m.group(1) + m.group(2);
      boolean broken = !lexicon.isWord(m.group(1) + "-" + m.group(2)) && lexicon.isWord(joined);
      m.appendReplacement(out, Matcher.quoteReplacement(broken ? joined : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int lastWordStart(String text) {
    int i = text.length();
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
