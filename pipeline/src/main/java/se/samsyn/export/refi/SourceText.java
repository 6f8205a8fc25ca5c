package se.samsyn.export.refi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.Statement;

/**
 * The plain text of one document, rebuilt from its statements in reading order: the title, each
 * new heading of the section path, and one paragraph per statement (after its speaker, when it has
 * one). Records where each statement's text stands, counted in Unicode code points as REFI-QDA
 * counts characters (an emoji is one character, not two Java chars).
 *
 * @param text  the document text
 * @param spans where each statement's text stands, by statement id
 */
public record SourceText(String text, Map<String, Span> spans) {
  /** Separates paragraphs. */
  static final String PARAGRAPH_BREAK = "\n\n";
  /** Separates the levels of a section path as written in outputs. */

  /**
   * A range of the text in code points.
   *
   * @param start position of the first character (0 = the start of the text)
   * @param end   position after the last character
   */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("not a span: " + start + ".." + end);
      }
    }
  }

  public SourceText {
    Objects.requireNonNull(text, "text");
    spans = Map.copyOf(spans);
  }

  /**
   * The text of a document with this title and these statements, in reading order. The title is
   * left out when the document starts with it anyway (a title taken from the first line).
   */
  public static SourceText of(String title, List<CodedStatement> statements) {
    Builder builder = new Builder();
    if (!title.isBlank() && !startsWith(statements, title.strip())) {
      builder.paragraph("", title.strip());
    }
    List<String> section = List.of();
    Map<String, Span> spans = new LinkedHashMap<>();
    for (CodedStatement statement : statements) {
      List<String> next = Statement.pathOf(statement.section());
      for (String heading : newHeadings(section, next)) {
        builder.paragraph("", heading);
      }
      section = next;
      String speaker = statement.speaker().isBlank() ? "" : statement.speaker().strip() + ": ";
      spans.put(statement.statementId(), builder.paragraph(speaker, statement.text()));
    }
    return new SourceText(builder.text.append('\n').toString(), spans);
  }

  private static boolean startsWith(List<CodedStatement> statements, String title) {
    if (statements.isEmpty()) {
      return false;
    }
    CodedStatement first = statements.getFirst();
    return first.text().strip().equals(title) || first.section().split(Statement.SECTION_SEPARATOR, -1)[0].strip().equals(title);
  }

  /**
   * The headings to write when the section path changes from {@code previous} to {@code next}: the
   * levels from the first that differs; the innermost level when {@code next} only leaves levels.
   */
  static List<String> newHeadings(List<String> previous, List<String> next) {
    if (next.equals(previous) || next.isEmpty()) {
      return List.of();
    }
    int same = 0;
    while (same < next.size() && same < previous.size() && next.get(same).equals(previous.get(same))) {
      same++;
    }
    return same == next.size() ? List.of(next.getLast()) : next.subList(same, next.size());
  }

  /** Appends paragraphs and counts code points as it goes. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int codePoints;

    /** Appends {@code prefix + body} as a paragraph and returns where {@code body} stands. */
    Span paragraph(String prefix, String body) {
      if (!text.isEmpty()) {
        append(PARAGRAPH_BREAK);
      }
      append(prefix);
      int start = codePoints;
      append(body);
      return new Span(start, codePoints);
    }

    private void append(String part) {
      text.append(part);
      codePoints += part.codePointCount(0, part.length());
    }
  }
}
