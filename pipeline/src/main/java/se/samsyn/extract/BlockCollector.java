package se.samsyn.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import se.samsyn.core.Block;
import se.samsyn.core.Location;

/**
 * Listens to Tika's XHTML events and keeps the structure: headings with their level, paragraphs,
 * list items and table rows, each with the page (PDF) or slide (PPTX) it stands on.
 *
 * <p>Paragraph text keeps its line breaks: whether a line is a heading, a bullet or a wrapped
 * continuation is decided by the segmenter, which sees the whole document.
 */
final class BlockCollector extends DefaultHandler {
  private static final Set<String> LINE_NUMBERED_FORMATS =
      Set.of("text/plain", "text/x-web-markdown", "text/markdown");

  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\u2000-\\u200B\\u202F]+");

  private final Metadata metadata;
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<String> rowCells = new ArrayList<>();
  private Location.Unit unit;
  private int unitNumber;
  private int tableRow;
  private int headingLevel;
  private int listDepth;
  private boolean inCell;

  /** @param metadata the parse's metadata; its detected content type decides line numbering */
  BlockCollector(Metadata metadata) {
    this.metadata = metadata;
  }

  List<Block> blocks() {
    flushText();
    return List.copyOf(blocks);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.toLowerCase(Locale.ROOT);
    switch (name) {
      case "div" -> startDiv(atts.getValue("class"));
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flushText();
        headingLevel = name.charAt(1) - '0';
      }
      case "p", "li", "dt", "dd", "blockquote", "pre", "title" -> {
        if (!inCell) {
          flushText();
        } else if (!text.isEmpty()) {
          text.append('\n');
        }
      }
      case "ul", "ol" -> listDepth++;
      case "table" -> {
        flushText();
        tableRow = 0;
      }
      case "tr" -> rowCells.clear();
      case "td", "th" -> {
        flushText();
        inCell = true;
      }
      case "br" -> text.append('\n');
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.toLowerCase(Locale.ROOT);
    switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        String heading = normalise(text.toString());
        text.setLength(0);
        if (!heading.isEmpty()) {
          blocks.add(Block.heading(headingLevel, heading, location()));
        }
        headingLevel = 0;
      }
      case "li" -> flushAs(Block.Kind.LIST_ITEM);
      case "p", "dt", "dd", "blockquote", "pre", "div" -> {
        if (!inCell) {
          flushText();
        }
      }
      case "ul", "ol" -> listDepth--;
      case "td", "th" -> {
        rowCells.add(normalise(text.toString()));
        text.setLength(0);
        inCell = false;
      }
      case "tr" -> endRow();
      case "title" -> text.setLength(0); // the metadata title is read from Tika's Metadata instead
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    text.append(ch, start, length);
  }

  /** Tika writes PDF line ends as ignorable newlines; inside a block they separate lines. */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    if (!text.isEmpty()) {
      text.append(ch, start, length);
    }
  }

  private void startDiv(String cssClass) {
    if (cssClass == null) {
      return;
    }
    if (cssClass.equals("page")) {
      flushText();
      advance(Location.Unit.PAGE);
    } else if (cssClass.equals("slide-content")) {
      flushText();
      advance(Location.Unit.SLIDE);
    }
  }

  private void advance(Location.Unit newUnit) {
    unitNumber = newUnit == unit ? unitNumber + 1 : 1;
    unit = newUnit;
  }

  private Location location() {
    return unit == null ? null : new Location(unit, unitNumber);
  }

  private void endRow() {
    if (rowCells.stream().anyMatch(c -> !c.isBlank())) {
      tableRow++;
      blocks.add(Block.tableRow(rowCells, unit == null ? Location.row(tableRow) : location()));
    }
    rowCells.clear();
  }

  private void flushText() {
    flushAs(listDepth > 0 ? Block.Kind.LIST_ITEM : Block.Kind.TEXT);
  }

  private void flushAs(Block.Kind kind) {
    String raw = text.toString();
    String value = normalise(raw);
    text.setLength(0);
    if (!value.isEmpty()) {
      blocks.add(Block.of(kind, value, isLineNumbered() ? firstTextLine(raw) : location()));
    }
  }

  /** Plain text has no pages, so its statements are located by line number in the file. */
  private boolean isLineNumbered() {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return unit == null && type != null && LINE_NUMBERED_FORMATS.contains(MediaType.parse(type).getBaseType().toString());
  }

  private static Location firstTextLine(String raw) {
    int line = 1;
    for (int i = 0; i < raw.length() && Character.isWhitespace(raw.charAt(i)); i++) {
      if (raw.charAt(i) == '\n') {
        line++;
      }
    }
    return Location.line(line);
  }

  /** Collapses runs of spaces and tabs and trims each line, keeping line breaks. */
  static String normalise(String raw) {
    String cleaned = raw.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(cleaned.length());
    for (String line : cleaned.split("\n", -1)) {
      String collapsed = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
      out.append(collapsed).append('\n');
    }
    return out.toString().strip();
  }
}
