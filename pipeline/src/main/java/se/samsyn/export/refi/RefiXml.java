package se.samsyn.export.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one REFI-QDA XML document with the JDK's own StAX writer (so the bytes do not depend on
 * which StAX implementation is on the classpath), one element per line, indented. Characters that
 * XML 1.0 cannot carry become U+FFFD; attribute values keep no line breaks.
 */
final class RefiXml implements AutoCloseable {
  private static final char REPLACEMENT = '\uFFFD';

  private final XMLStreamWriter xml;
  /** Per open element: whether it has child elements (its end tag then goes on a line of its own). */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private RefiXml(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Starts a document whose root element {@code root} declares {@code namespace} as the default. */
  static RefiXml start(OutputStream out, String namespace, String root) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      RefiXml writer = new RefiXml(xml);
      writer.start(root);
      xml.writeDefaultNamespace(namespace);
      return writer;
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
  }

  /** Opens an element; attributes and children may follow until {@link #end()}. */
  RefiXml start(String name) throws IOException {
    try {
      newLine();
      xml.writeStartElement(name);
      open.push(new boolean[1]);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Writes an element without content; its attributes may follow. */
  RefiXml empty(String name) throws IOException {
    try {
      newLine();
      xml.writeEmptyElement(name);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Adds an attribute to the element just started. */
  RefiXml attribute(String name, String value) throws IOException {
    try {
      xml.writeAttribute(name, attributeValue(value));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Writes an element holding only text. */
  RefiXml text(String name, String content) throws IOException {
    try {
      newLine();
      xml.writeStartElement(name);
      xml.writeCharacters(elementText(content));
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Closes the element opened last. */
  RefiXml end() throws IOException {
    try {
      if (open.pop()[0]) {
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Closes every open element and ends the document; the stream stays open. */
  @Override
  public void close() throws IOException {
    while (!open.isEmpty()) {
      end();
    }
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void newLine() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
    }
    xml.writeCharacters("\n" + "  ".repeat(open.size()));
  }

  /** Text for element content: line ends as {@code \n} (what an XML parser reads anyway). */
  static String elementText(String text) {
    return legal(text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /** Text for an attribute: tabs and line breaks become spaces (a parser would normalise them so). */
  static String attributeValue(String text) {
    return legal(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
  }

  private static String legal(String text) {
    StringBuilder legal = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
      if (allowed) {
        legal.appendCodePoint(c);
      } else {
        legal.append(REPLACEMENT);
      }
    });
    return legal.toString();
  }
}
