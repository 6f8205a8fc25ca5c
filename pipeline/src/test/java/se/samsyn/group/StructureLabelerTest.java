package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samsyn.core.Assignment;
import se.samsyn.core.Method;
import se.samsyn.models.Codebook;

class StructureLabelerTest {
  private final PrincipleNames names = new PrincipleNames(Codebook.standard());
  private final StructureLabeler labeler = new StructureLabeler(names);

  @Test
  void headingsAreRecognisedDespiteTyposCaseNumberingAndAmpersands() {
    assertEquals(Optional.of("independence"), names.ofHeading("1. Självtändighet och oberoende"));
    assertEquals(Optional.of("independence"), names.ofHeading("Integritet & Oberoende"));
    assertEquals(Optional.of("independence"), names.ofHeading("Princip 1: Självständighet & oberoende"));
    assertEquals(Optional.of("long_term"), names.ofHeading("4. Långsiktghet"));
    assertEquals(Optional.of("innovation"), names.ofHeading("7. Principen om innovation"));
    assertEquals(Optional.of("openness"), names.ofHeading("3.5 ÖPPENHET OCH INSYN"));
    assertEquals(Optional.of("innovation"), names.ofHeading("Nytänkande"));
    assertEquals(Optional.empty(), names.ofHeading("Sammanfattning från 8 maj"));
    assertEquals(Optional.empty(), names.ofHeading("Dialog och mötesplatser"));
    assertEquals(Optional.empty(), names.ofHeading("Beskrivning av principerna"));
  }

  @Test
  void headingsMayCarrySubtitlesPrefixesNotesAndRomanNumbers() {
    assertEquals(Optional.of("long_term"), names.ofHeading("Långsiktighet – hur håller vi i?"));
    assertEquals(Optional.of("dialogue"), names.ofHeading("Tema: Dialog"));
    assertEquals(Optional.of("dialogue"), names.ofHeading("III. Dialog"));
    assertEquals(Optional.of("dialogue"), names.ofHeading("Dialog, forts."));
    assertEquals(Optional.of("quality"), names.ofHeading("Kvalitet (princip 3)"));
    assertEquals(Optional.of("independence"), names.ofHeading("Självständighet/oberoende"));
    assertEquals(Optional.of("innovation"), names.ofHeading("Innovation & nytänkande"));
    assertEquals(Optional.empty(), names.ofHeading("Dialog och kvalitet"));
    assertEquals(Optional.empty(), names.ofHeading("Långsiktighet och hållbarhet"));
    assertEquals(Optional.empty(), names.ofHeading("Tema: Kvalitet i verksamheten"));
    assertEquals(Optional.empty(), names.ofHeading("Vi ses i maj: dialogen fortsätter"));
    assertEquals(Optional.of("dialogue"), names.ofHeading("(Dialog)"), "a note that is the whole heading stays");
    assertEquals(Optional.of("quality"), names.ofHeading("3. (Kvalitet)"));
    assertEquals(Optional.empty(), names.ofHeading("Dialog (kvalitet)"), "two principles name none");
  }

  @Test
  void principlesNamedAsPrinciplesInRunningText() {
    assertEquals(List.of("long_term"), names.mentioned("Principen om långsiktighet ger föreningarna arbetsro."));
    assertEquals(List.of("dialogue", "diversity", "quality"),
        names.mentioned("Vi arbetar enligt principerna om dialog, mångfald och kvalitet."));
    assertEquals(List.of(), names.mentioned("Det är principiellt viktigt att tala om dialog."));
    assertEquals(List.of(), names.mentioned("Vi är principfasta om kvalitet."));
  }

  @Test
  void innermostPrincipleHeadingLabelsTheStatementsUnderIt() {
    List<StructureLabeler.Labelled> out = labeler.label(List.of(
        input("d-1", "Bidrag kan skapa frihet", "1. Självtändighet och oberoende", "Sammanfattning från 29 maj"),
        input("d-2", "Lära känna varandras roller", "Principer", "2. Dialog"),
        input("d-3", "Vem är part i överenskommelsen?", "Övrigt")));
    assertEquals("independence", out.get(0).assignments().get(0).principleId());
    assertEquals(Method.HEADING, out.get(0).assignments().get(0).method());
    assertEquals(List.of("1. Självtändighet och oberoende"), out.get(0).assignments().get(0).evidence());
    assertEquals("dialogue", out.get(1).assignments().get(0).principleId());
    assertTrue(out.get(2).assignments().isEmpty());
  }

  @Test
  void numberedItemsLabelTheirParagraphsAndListsOfPrinciplesLabelNothing() {
    List<StructureLabeler.Labelled> out = labeler.label(List.of(
        input("d-1", "1. Integritet och oberoende 2. Dialog 3. Kvalitet", "Principer"),
        input("d-2", "2. Dialog Ökat kunskapsutbyte som grund för gemensamt arbete.", "Principer"),
        input("d-3", "Parterna träffas två gånger om året.", "Principer"),
        input("d-3b", "5 av 8 föreningar vill träffas oftare.", "Principer"),
        input("d-4", "3. Kvalitet Kvalitet ska följas upp.", "Principer"),
        input("d-5", "Parterna träffas två gånger om året.", "Annat avsnitt")));
    assertTrue(out.get(0).assignments().isEmpty());
    assertEquals("dialogue", out.get(1).assignments().get(0).principleId());
    assertEquals("Ökat kunskapsutbyte som grund för gemensamt arbete.", out.get(1).classifierText());
    assertEquals("dialogue", out.get(2).assignments().get(0).principleId());
    assertEquals("dialogue", out.get(3).assignments().get(0).principleId(), "a bare number is no new item");
    assertEquals("quality", out.get(4).assignments().get(0).principleId());
    assertTrue(out.get(5).assignments().isEmpty());
  }

  @Test
  void numberedItemsWrittenWithSlashesSubLevelsOrCountsAtTheStart() {
    List<StructureLabeler.Labelled> out = labeler.label(List.of(
        input("d-1", "1. Självständighet/oberoende Föreningarna bestämmer själva.", "Principer"),
        input("d-2", "12 dialoger hölls under våren.", "Principer"),
        input("d-3", "3.1 Uppföljning av resultat.", "Principer"),
        input("d-4", "3 Kvalitet Resultaten följs upp.", "Principer")));
    assertEquals("independence", out.get(0).assignments().get(0).principleId());
    assertEquals("Föreningarna bestämmer själva.", out.get(0).classifierText(), "the name is two words and a slash");
    assertEquals("independence", out.get(1).assignments().get(0).principleId(), "a count is no new item");
    assertEquals("12 dialoger hölls under våren.", out.get(1).classifierText());
    assertTrue(out.get(2).assignments().isEmpty(), "a sub-numbered item ends the one before");
    assertEquals("quality", out.get(3).assignments().get(0).principleId(), "a bare number before a name in full");
  }

  @Test
  void inlineLabelsBecomeLabelsAndLeaveTheText() {
    List<StructureLabeler.Labelled> out = labeler.label(List.of(
        input("d-1", "Parterna utvecklar formerna för samråd. (Principerna om dialog, öppenheten och insyn, mångfald)"),
        input("d-2", "Avstämning görs varje halvår. (Principen om kvalitet)"),
        input("d-3", "Vi ses (kanske) i maj."),
        input("d-4", "Vi träffas varje kvartal [Princip: dialog] och följer upp (Principer: kvalitet; långsiktighet)."),
        input("d-5", "Samma regler för alla (principen gäller alla parter).")));
    assertEquals("Parterna utvecklar formerna för samråd.", out.get(0).text());
    assertEquals(List.of("dialogue", "openness", "diversity"),
        out.get(0).assignments().stream().map(Assignment::principleId).toList());
    assertEquals(Method.INLINE, out.get(0).assignments().get(0).method());
    assertEquals("Avstämning görs varje halvår.", out.get(1).text());
    assertEquals(List.of("(Principen om kvalitet)"), out.get(1).assignments().get(0).evidence());
    assertEquals("Vi ses (kanske) i maj.", out.get(2).text());
    assertTrue(out.get(2).assignments().isEmpty());
    assertEquals("Vi träffas varje kvartal och följer upp.", out.get(3).text());
    assertEquals(List.of("dialogue", "quality", "long_term"),
        out.get(3).assignments().stream().map(Assignment::principleId).toList());
    assertEquals("Samma regler för alla (principen gäller alla parter).", out.get(4).text());
    assertTrue(out.get(4).assignments().isEmpty());
  }

  private static GroupingInput input(String id, String text, String... path) {
    return new GroupingInput(id, "d", text, List.of(path));
  }
}
