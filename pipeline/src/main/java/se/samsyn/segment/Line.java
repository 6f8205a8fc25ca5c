package se.samsyn.segment;

import java.util.List;
import se.samsyn.core.Block;
import se.samsyn.core.Location;

/**
 * One logical line of a document: a heading, list item, table row, or a line of text with its
 * wrapped continuations already joined.
 *
 * @param paragraphStart true for the first line of a paragraph (after a blank line or block edge)
 */
record Line(Block.Kind kind, int headingLevel, String text, List<String> cells, Location location,
    boolean paragraphStart) {

  Line {
    cells = List.copyOf(cells);
  }

  Line withText(String newText) {
    return new Line(kind, headingLevel, newText, cells, location, paragraphStart);
  }

  Line withLocation(Location newLocation) {
    return new Line(kind, headingLevel, text, cells, newLocation, paragraphStart);
  }
}
