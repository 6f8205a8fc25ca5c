package se.samsyn.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samsyn.core.Block;
import se.samsyn.core.Extraction;

/**
 * The title a person reads for a document: the title in its metadata, else its first explicit
 * heading, else a title line at its very start (before any prose), else its file name. A title is
 * short, starts with a capital or digit and does not end like a sentence or a label ("Introduktion
 * till detta dokument:"); capture banners never reach it (they are noise) and generic metadata
 * ("Microsoft Word - utkast.docx", "Presentation1") is passed over. A one-word title such as
 * "ÖVERENSKOMMELSEN" is followed by the title line under it ("ÖVERENSKOMMELSEN – Värmland
 * 2015-10-23"), so that documents of the same kind can be told apart.
 */
final class DocumentTitle {
  static final int MAX_WORDS = 14;
  static final int MAX_CHARACTERS = 120;
  /** Lines at the start of a document searched for a title line. */
  private static final int OPENING_LINES = 6;
  private static final Pattern ENDS_LIKE_TEXT = Pattern.compile(".*[.:;,!…]$");
  private static final Pattern STARTS_LIKE_TITLE = Pattern.compile("^[\\p{Lu}\\d].*");
  private static final Pattern NUMBERED_SECTION = Pattern.compile("^\\d{1,2}[.)]?\\s.*");
  private static final Pattern GENERIC = Pattern.compile(
      "(?i)^(microsoft (word|powerpoint|excel)\\b.*|untitled.*|namnlös.*|(document|dokument|presentation|bild|slide)\\s*\\d*"
          + "|powerpoint-presentation|.*\\.(docx?|pptx?|xlsx?|pdf|odt|txt|html?))$");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final String SUBTITLE_SEPARATOR = " – ";

  private DocumentTitle() {}

  static String of(Extraction extraction, List<Line> lines) {
    String fromMetadata = clean(extraction.metadata().getOrDefault("title", ""));
    if (isTitle(fromMetadata) && !GENERIC.matcher(fromMetadata).matches()) {
      return fromMetadata;
    }
    return firstHeading(lines).or(() -> openingTitle(lines)).orElseGet(() -> fileStem(extraction));
  }

  /** The first heading the document marks itself (a DOCX heading style, an HTML h1), with a subtitle if one word. */
  private static Optional<String> firstHeading(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() == Block.Kind.HEADING) {
        String heading = clean(lines.get(i).text());
        return isTitle(heading) && !NUMBERED_SECTION.matcher(heading).matches()
            ? Optional.of(withSubtitle(heading, lines, i)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A title line among the first lines of the document, before its first prose or table. */
  private static Optional<String> openingTitle(List<Line> lines) {
    for (int i = 0; i < Math.min(OPENING_LINES, lines.size()); i++) {
      Line line = lines.get(i);
      String text = clean(line.text());
      if (line.kind() == Block.Kind.TABLE_ROW || NUMBERED_SECTION.matcher(text).matches()) {
        return Optional.empty();
      }
      if (isTitle(text)) {
        return Optional.of(withSubtitle(text, lines, i));
      }
      if (HeadingRules.words(text) > MAX_WORDS || text.length() > MAX_CHARACTERS || text.matches(".*[.!?]$")) {
        return Optional.empty(); // prose has begun: what follows is body text, not a title
      }
    }
    return Optional.empty();
  }

  private static String withSubtitle(String title, List<Line> lines, int index) {
    if (HeadingRules.words(title) > 1 || index + 1 >= lines.size()) {
      return title;
    }
    Line next = lines.get(index + 1);
    String subtitle = clean(next.text());
    boolean fits = next.kind() != Block.Kind.TABLE_ROW && isTitle(subtitle)
        && !NUMBERED_SECTION.matcher(subtitle).matches()
        && title.length() + SUBTITLE_SEPARATOR.length() + subtitle.length() <= MAX_CHARACTERS;
    return fits ? title + SUBTITLE_SEPARATOR + subtitle : title;
  }

  /** The title, and its title line without the subtitle when it joins the two. */
  static List<String> lines(String title) {
    int subtitle = title.indexOf(SUBTITLE_SEPARATOR);
    return subtitle < 0 ? List.of(title) : List.of(title, title.substring(0, subtitle));
  }

  /** Short, starting like a title and not ending like a sentence or a label. */
  static boolean isTitle(String text) {
    return !text.isEmpty() && text.length() <= MAX_CHARACTERS && HeadingRules.words(text) <= MAX_WORDS
        && text.codePoints().filter(Character::isLetter).count() >= 3
        && STARTS_LIKE_TITLE.matcher(text).matches() && !ENDS_LIKE_TEXT.matcher(text).matches();
  }

  private static String clean(String text) {
    String plain = LineCleaner.stripEmphasis(LineCleaner.stripBullet(text)).strip().replaceAll("\\s+", " ");
    return MARKDOWN_HEADING.matcher(plain).replaceFirst("");
  }

  private static String fileStem(Extraction extraction) {
    String name = extraction.source().path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
