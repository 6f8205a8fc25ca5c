package se.samsyn.core;

import java.util.List;
import java.util.Objects;

/**
 * One structural unit of an extracted document, in reading order.
 *
 * @param kind     what the text is
 * @param level    heading level (1 = top) for headings, otherwise 0
 * @param text     the text, whitespace-normalised; for table rows the cells joined by " | "
 * @param cells    table cells for {@link Kind#TABLE_ROW}, otherwise empty
 * @param location page, slide or line where the block starts; null when the format has none
 */
public record Block(Kind kind, int level, String text, List<String> cells, Location location) {
  public enum Kind {
    HEADING,
    LIST_ITEM,
    TABLE_ROW,
    /**
     * Text whose structure the format does not mark (a plain-text file, a PDF paragraph): it may
     * hold several lines, and the segmenter decides which are headings, bullets or statements.
     */
    TEXT
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    cells = List.copyOf(cells);
    if (kind == Kind.HEADING ? level < 1 : level != 0) {
      throw new IllegalArgumentException("headings have a level >= 1, other blocks level 0");
    }
  }

  public static Block heading(int level, String text, Location location) {
    return new Block(Kind.HEADING, level, text, List.of(), location);
  }

  public static Block of(Kind kind, String text, Location location) {
    return new Block(kind, 0, text, List.of(), location);
  }

  public static Block tableRow(List<String> cells, Location location) {
    return new Block(Kind.TABLE_ROW, 0, String.join(" | ", cells), cells, location);
  }
}
