package se.samsyn.export.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RefiXmlTest {
  @Test
  void textThatXmlCannotCarryIsReplacedAndTheRestSurvives() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RefiXml xml = RefiXml.start(out, QdpxExport.NAMESPACE, "Project")) {
      xml.attribute("name", "a\u0000b\nc <&> \"å\" 😀");
      xml.text("Description", "rad 1\r\nrad 2\u000B & <slut> \uD800 😀");
    }
    String written = out.toString(StandardCharsets.UTF_8);
    Element root = RefiQda.parse(out.toByteArray()).getDocumentElement();
    assertEquals("a\uFFFDb c <&> \"å\" 😀", root.getAttribute("name"), written);
    assertEquals("rad 1\nrad 2\uFFFD & <slut> \uFFFD 😀", RefiQda.description(root), written);
  }
}
