package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import opennlp.tools.sentdetect.SentenceDetectorME;

/** The shipped sentence detector on workshop-style text. */
class SentenceDetectionTest {

  private final SentenceDetectorME detector = new SentenceDetectorME(SwedishModels.sentenceModel());

  private List<String> sentences(String text) {
    return List.of(detector.sentDetect(text));
  }

  @Test
  void abbreviationsInsideAndAtTheEndOfSentences() {
    assertEquals(List.of(
            "Vi träffas t.ex. på måndag.",
            "Sedan bl.a. en workshop m.fl. saker osv.",
            "Det blir bra."),
        sentences("Vi träffas t.ex. på måndag. Sedan bl.a. en workshop m.fl. saker osv. Det blir bra."));
  }

  @Test
  void abbreviationOpeningASentence() {
    assertEquals(List.of("Dvs. vi ses.", "Det var allt."), sentences("Dvs. vi ses. Det var allt."));
    assertEquals(List.of("Det blir bra.", "Dvs. vi ses i morgon."),
        sentences("Det blir bra. Dvs. vi ses i morgon."));
    assertEquals(List.of("T.ex. kan vi ses kl. 10 i morgon.", "Bl.a. Anna kommer."),
        sentences("T.ex. kan vi ses kl. 10 i morgon. Bl.a. Anna kommer."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"t.ex.", "bl.a.", "s.k.", "dvs.", "d.v.s.", "fr.o.m.", "t.o.m.", "resp.",
      "inkl.", "exkl.", "jfr.", "kl.", "nr.", "ca."})
  void neverSplitsAfterAnAbbreviationThatCannotEndASentence(String abbreviation) {
    String text = "Vi nämnde " + abbreviation + " Stockholm och Malmö i texten.";
    assertEquals(List.of(text), sentences(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"osv.", "o.s.v.", "etc.", "m.fl.", "m.m."})
  void sentenceFinalAbbreviationSplitsOnlyBeforeANewSentence(String abbreviation) {
    assertEquals(List.of("Vi pratade om lokaler " + abbreviation, "Sedan åt vi."),
        sentences("Vi pratade om lokaler " + abbreviation + " Sedan åt vi."));
    String inside = "Vi pratade om lokaler " + abbreviation + " och sedan åt vi.";
    assertEquals(List.of(inside), sentences(inside));
  }

  @Test
  void headingsAndListItemsOnTheirOwnLines() {
    assertEquals(List.of("Viktiga punkter:", "• Mer dialog", "• Tydligare återkoppling",
            "• Bättre stöd till föreningarna"),
        sentences("Viktiga punkter:\n• Mer dialog\n• Tydligare återkoppling\n"
            + "• Bättre stöd till föreningarna"));
    assertEquals(List.of("Öppenhet", "Alla ska kunna ta del av informationen.", "Dialog",
            "Vi vill ha mer dialog mellan parterna."),
        sentences("Öppenhet\nAlla ska kunna ta del av informationen.\nDialog\n"
            + "Vi vill ha mer dialog mellan parterna."));
  }

  @Test
  void bulletsAfterSentenceFinalPunctuationStartNewSentences() {
    assertEquals(List.of("• Vi vill ha mer dialog.", "• Bättre återkoppling behövs."),
        sentences("• Vi vill ha mer dialog. • Bättre återkoppling behövs."));
  }

  @Test
  void lineBreakInsideAWrappedSentenceDoesNotSplit() {
    String text = "Alla ska kunna ta del av\ninformationen om processen och de beslut som\n"
        + "fattas av myndigheterna.";
    assertEquals(List.of(text), sentences(text));
  }

  @Test
  void suspendedHyphenIsNoSentenceEnd() {
    assertEquals(List.of("Två plus två är lika med fem- nätverk"),
        sentences("Två plus två är lika med fem- nätverk"));
  }
}
