package se.samsyn.export.refi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads REFI-QDA files back for tests and validates them against the project schema. The schema is
 * read from {@code ../shared/refi-qda/Project-mrt2019.xsd} beside the repository (CI checks the
 * repository out with {@code ../shared} beside it); the tests fail when it is missing rather than
 * skip validation.
 */
public final class RefiQda {
  private RefiQda() {}

  /** The REFI-QDA project schema, QDA-XML 1.0 of 18 March 2019. */
  public static Path schema() {
    Path xsd = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("refi-qda")
        .resolve("Project-mrt2019.xsd");
    assertTrue(Files.isRegularFile(xsd), "the REFI-QDA schema is not at " + xsd);
    return xsd;
  }

  /** Validates a document against the project schema; throws {@link SAXException} naming the first error. */
  public static void validate(Document document) throws IOException, SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(schema().toFile()).newValidator().validate(new DOMSource(document));
  }

  /** Parses XML namespace-aware. */
  public static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * A project holding only the codes of a stand-alone codebook, moved into the project namespace:
   * the project schema's {@code CodeBook} has the structure of the stand-alone one (whose root may
   * also carry an {@code origin}), so a {@code .qdc} can be checked with the project schema.
   */
  public static Document asProjectCodeBook(Element codebook) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document project = factory.newDocumentBuilder().newDocument();
      Element root = project.createElementNS(QdpxExport.NAMESPACE, "Project");
      root.setAttribute("name", "codebook");
      project.appendChild(root);
      root.appendChild(copy(project, codebook, false));
      return project;
    } catch (ParserConfigurationException e) {
      throw new IOException(e);
    }
  }

  private static Element copy(Document target, Element element, boolean withAttributes) {
    Element copy = target.createElementNS(QdpxExport.NAMESPACE, element.getLocalName());
    if (withAttributes) {
      var attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node attribute = attributes.item(i);
        if (attribute.getNamespaceURI() == null) {
          copy.setAttribute(attribute.getLocalName(), attribute.getNodeValue());
        }
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        copy.appendChild(copy(target, childElement, true));
      } else if (child.getNodeType() == Node.TEXT_NODE) {
        copy.appendChild(target.createTextNode(child.getNodeValue()));
      }
    }
    return copy;
  }

  /** Every entry of a zip by name, in file order. */
  public static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      for (ZipEntry entry : file.stream().toList()) {
        entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
      }
    }
    return entries;
  }

  /** The child elements of {@code parent} with this local name, in the project namespace. */
  public static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && QdpxExport.NAMESPACE.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        children.add(element);
      }
    }
    return children;
  }

  /** All descendants of {@code parent} with this local name in the project namespace. */
  public static List<Element> all(Element parent, String name) {
    var nodes = parent.getElementsByTagNameNS(QdpxExport.NAMESPACE, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The text of the {@code Description} child, or empty. */
  public static String description(Element element) {
    List<Element> descriptions = children(element, "Description");
    return descriptions.isEmpty() ? "" : descriptions.getFirst().getTextContent();
  }

  /** The characters {@code start} (inclusive) to {@code end} (exclusive) of a text, counted in code points. */
  public static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }
}
