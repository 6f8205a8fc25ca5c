package se.samsyn.search;

import java.util.List;
import java.util.Objects;
import se.samsyn.core.CodedStatement;

/**
 * One statement found by a search.
 *
 * @param statement the statement and its context
 * @param score     relevance; hits are ordered by it, highest first
 * @param matches   character ranges of the statement text that matched, in order, not overlapping
 */
public record Hit(CodedStatement statement, float score, List<Span> matches) {
  public Hit {
    Objects.requireNonNull(statement, "statement");
    matches = List.copyOf(matches);
  }

  /** A range of characters, end exclusive. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("not a span: " + start + ".." + end);
      }
    }
  }

  /** The text with each match wrapped in {@code before} and {@code after}. */
  public String marked(String before, String after) {
    String text = statement.text();
    StringBuilder out = new StringBuilder(text.length() + matches.size() * 4);
    int at = 0;
    for (Span span : matches) {
      out.append(text, at, span.start()).append(before).append(text, span.start(), span.end()).append(after);
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
