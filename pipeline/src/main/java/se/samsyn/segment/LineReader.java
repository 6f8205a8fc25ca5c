package se.samsyn.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.core.Block;
import se.samsyn.core.Location;

/**
 * Turns extracted blocks into logical lines: text blocks are cut at blank lines into paragraphs
 * and at line breaks into lines, Markdown "#" lines become headings, and lines that only wrap (a lower-case start, a hyphen or comma
 * at the end, or a line as long as the text's wrap width) are joined back together.
 */
final class LineReader {
  private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;]$");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]?\\s.*");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(\\S.*?)\\s*#*$");
  private static final Pattern DANGLING_WORD = Pattern.compile(
      "(?i).*\\s(och|eller|samt|med|att|för|av|i|på|till|som|en|ett|den|det|de|om|från|mot)$");
  private static final double WRAP_FRACTION = 0.75;
  private static final int MIN_WRAPPED_LENGTH = 40;

  private final LineCleaner cleaner;

  LineReader(LineCleaner cleaner) {
    this.cleaner = cleaner;
  }

  List<Line> read(List<Block> blocks) {
    int wrapWidth = wrapWidth(blocks);
    List<Line> lines = new ArrayList<>();
    for (Block block : blocks) {
      switch (block.kind()) {
        case TEXT -> readText(block, wrapWidth, lines);
        case LIST_ITEM -> lines.add(new Line(block.kind(), 0, joinAll(block.text()), List.of(),
            block.location(), true));
        default -> lines.add(new Line(block.kind(), block.level(), block.text().replace('\n', ' '),
            block.cells(), block.location(), true));
      }
    }
    return lines;
  }

  /**
   * A sentence that runs over a page break ("... inför nästa" | "revision.") is one line.
   * Call after page furniture is removed, so the footer no longer stands between the halves.
   */
  List<Line> joinedAcrossPages(List<Line> lines) {
    List<Line> joined = new ArrayList<>();
    for (Line line : lines) {
      Line previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (previous != null && isPageBreakBetween(previous, line) && previous.kind() == Block.Kind.TEXT
          && line.kind() == Block.Kind.TEXT && !TERMINAL.matcher(previous.text()).matches()
          && Character.isLowerCase(line.text().codePointAt(0))) {
        joined.set(joined.size() - 1, previous.withText(cleaner.joinLines(previous.text(), line.text())));
      } else {
        joined.add(line);
      }
    }
    return joined;
  }

  private static boolean isPageBreakBetween(Line previous, Line next) {
    return previous.location() != null && next.location() != null
        && previous.location().unit() == Location.Unit.PAGE && next.location().unit() == Location.Unit.PAGE
        && next.location().number() == previous.location().number() + 1;
  }

  private void readText(Block block, int wrapWidth, List<Line> out) {
    String[] physical = block.text().split("\n", -1);
    String pending = null;
    Location pendingAt = null;
    boolean pendingStartsParagraph = true;
    boolean blankBefore = true;
    for (int i = 0; i < physical.length; i++) {
      String line = physical[i].strip();
      if (line.isEmpty()) {
        blankBefore = true;
        continue;
      }
      Matcher heading = MARKDOWN_HEADING.matcher(line);
      if (heading.matches()) {
        if (pending != null) {
          out.add(textLine(pending, pendingAt, pendingStartsParagraph));
          pending = null;
        }
        out.add(new Line(Block.Kind.HEADING, heading.group(1).length(), heading.group(2),
            List.of(), lineLocation(block.location(), i), true));
        blankBefore = true;
        continue;
      }
      boolean joins = pending != null && (blankBefore
          ? continuesAcrossBlankLine(pending, line) : continues(pending, line, wrapWidth));
      if (joins) {
        pending = cleaner.joinLines(pending, line);
      } else {
        if (pending != null) {
          out.add(textLine(pending, pendingAt, pendingStartsParagraph));
        }
        pending = line;
        pendingAt = lineLocation(block.location(), i);
        pendingStartsParagraph = blankBefore;
      }
      blankBefore = false;
    }
    if (pending != null) {
      out.add(textLine(pending, pendingAt, pendingStartsParagraph));
    }
  }

  private static Line textLine(String text, Location at, boolean paragraphStart) {
    return new Line(Block.Kind.TEXT, 0, text, List.of(), at, paragraphStart);
  }

  private String joinAll(String text) {
    String joined = null;
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        joined = joined == null ? line.strip() : cleaner.joinLines(joined, line.strip());
      }
    }
    return joined == null ? "" : joined;
  }

  private static boolean continues(String previous, String next, int wrapWidth) {
    if (LineCleaner.startsWithBullet(next) || NUMBERED.matcher(next).matches()) {
      return false;
    }
    char last = previous.charAt(previous.length() - 1);
    if ((last == '-' && previous.length() > 1 && Character.isLetter(previous.charAt(previous.length() - 2)))
        || last == ',') {
      return true;
    }
    if (Character.isLowerCase(next.codePointAt(0))) {
      return true;
    }
    return !TERMINAL.matcher(previous).matches() && previous.length() >= MIN_WRAPPED_LENGTH
        && previous.length() >= WRAP_FRACTION * wrapWidth;
  }

  /** A sentence cut after "och" or "med" goes on after a blank line if the next line is lower-case. */
  private static boolean continuesAcrossBlankLine(String previous, String next) {
    return DANGLING_WORD.matcher(previous).matches() && Character.isLowerCase(next.codePointAt(0));
  }

  /** In plain text the block's location is its first line; later lines count on from it. */
  private static Location lineLocation(Location blockLocation, int offset) {
    if (blockLocation != null && blockLocation.unit() == Location.Unit.LINE) {
      return Location.line(blockLocation.number() + offset);
    }
    return blockLocation;
  }

  /** The longest line of running text: lines about this long were probably wrapped. */
  private static int wrapWidth(List<Block> blocks) {
    int widest = 0;
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.TEXT) {
        for (String line : block.text().split("\n")) {
          widest = Math.max(widest, line.strip().length());
        }
      }
    }
    return widest;
  }
}
