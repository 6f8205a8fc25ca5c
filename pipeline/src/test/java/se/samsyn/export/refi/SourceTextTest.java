package se.samsyn.export.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.StatementKind;
import se.samsyn.export.refi.SourceText.Span;

class SourceTextTest {
  private static CodedStatement statement(int ordinal, String section, String speaker, String text) {
    return new CodedStatement("d-" + ordinal, "d", "in/d.txt", "", section, "", speaker, "", null, text,
        List.of("dialogue"), "heading", 1, "", List.of(), StatementKind.VOICE, Map.of());
  }

  @Test
  void headingsAppearWhenTheSectionChangesAndSpansCountCodePoints() {
    SourceText text = SourceText.of("Möte 😀", List.of(
        statement(1, "1. Dialog > 12 mars", "Åsa", "Träffas 👍🏽 oftare"),
        statement(2, "1. Dialog > 12 mars", "", "Öppna möten"),
        statement(3, "1. Dialog > 2 april", "", "Fler 🏳️‍🌈 röster"),
        statement(4, "1. Dialog", "", "Sammanfattat")));
    assertEquals("""
        Möte 😀

        1. Dialog

        12 mars

        Åsa: Träffas 👍🏽 oftare

        Öppna möten

        2 april

        Fler 🏳️‍🌈 röster

        1. Dialog

        Sammanfattat
        """, text.text());
    // "Möte 😀\n\n1. Dialog\n\n12 mars\n\nÅsa: " is 6 + 2 + 9 + 2 + 7 + 2 + 5 = 33 code points (34 chars);
    // the statement itself is 17 code points, its 👍🏽 being two
    assertEquals(new Span(33, 50), text.spans().get("d-1"));
    assertEquals("Öppna möten", covered(text, "d-2"));
    assertEquals("Fler 🏳️‍🌈 röster", covered(text, "d-3"));
    assertEquals("Sammanfattat", covered(text, "d-4"));
  }

  private static String covered(SourceText text, String id) {
    Span span = text.spans().get(id);
    return RefiQda.codePoints(text.text(), span.start(), span.end());
  }

  @Test
  void aTitleTheDocumentStartsWithIsNotRepeated() {
    assertEquals("Introduktion\n\nFörsta stycket\n",
        SourceText.of("Introduktion", List.of(statement(1, "Introduktion", "", "Första stycket"))).text());
    assertEquals("Introduktion\n\nAndra\n",
        SourceText.of("Introduktion", List.of(statement(1, "", "", "Introduktion"), statement(2, "", "", "Andra")))
            .text());
  }

  @Test
  void newHeadingsAreTheLevelsFromTheFirstChange() {
    assertEquals(List.of(), SourceText.newHeadings(List.of("A", "B"), List.of("A", "B")));
    assertEquals(List.of("C"), SourceText.newHeadings(List.of("A", "B"), List.of("A", "C")));
    assertEquals(List.of("D", "E"), SourceText.newHeadings(List.of("A", "B"), List.of("D", "E")));
    assertEquals(List.of("A"), SourceText.newHeadings(List.of("A", "B"), List.of("A")));
    assertEquals(List.of(), SourceText.newHeadings(List.of("A"), List.of()));
  }
}
