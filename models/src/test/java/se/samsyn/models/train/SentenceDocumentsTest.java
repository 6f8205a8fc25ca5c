package se.samsyn.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.Span;

class SentenceDocumentsTest {

  @Test
  void joinsPunctuatedSentencesWithSpacesAndEndsUnpunctuatedLinesWithTheirLineBreak() {
    SentenceSample document = SentenceDocuments.document(
        List.of("Öppenhet", "Alla ska veta.", "Det är viktigt.", "Slut"),
        List.of(true, false, true, false));

    assertEquals("Öppenhet\nAlla ska veta. Det är viktigt.\nSlut", document.getDocument());
    assertEquals(List.of(new Span(0, 9), new Span(9, 23), new Span(24, 39), new Span(40, 44)),
        List.of(document.getSentences()));
  }

  @Test
  void punctuationEndsASentenceEvenBeforeClosingQuotesOrBrackets() {
    assertTrue(SentenceDocuments.endsWithPunctuation("Han sa: 'Vi ses.'"));
    assertTrue(SentenceDocuments.endsWithPunctuation("(Se sid 8.)"));
    assertFalse(SentenceDocuments.endsWithPunctuation("Hustrutillägg (inkomstprövat)"));
    assertFalse(SentenceDocuments.endsWithPunctuation("Följande förmåner:"));
  }

  @Test
  void hardWrappingKeepsOffsetsAndOnlyReplacesSpaces() {
    SentenceSample document = SentenceDocuments.document(
        List.of("Alla ska kunna ta del av informationen om processen och besluten.",
            "Det är viktigt för alla som deltar i arbetet."),
        List.of(false, false));
    SentenceSample wrapped = SentenceDocuments.hardWrapped(document, new Random(3));

    assertEquals(document.getDocument().replace('\n', ' '), wrapped.getDocument().replace('\n', ' '));
    assertTrue(wrapped.getDocument().contains("\n"));
    assertEquals(List.of(document.getSentences()), List.of(wrapped.getSentences()));
  }
}
