package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import opennlp.tools.tokenize.TokenizerME;

/** The shipped tokenizer on workshop-style text. */
class TokenizationTest {

  private final TokenizerME tokenizer = new TokenizerME(SwedishModels.tokenizerModel());

  private List<String> tokens(String text) {
    return List.of(tokenizer.tokenize(text));
  }

  @Test
  void splitsPunctuationFromWords() {
    assertEquals(List.of("Vi", "vill", "ha", "dialog", ",", "möten", "och", "stöd", "."),
        tokens("Vi vill ha dialog, möten och stöd."));
    assertEquals(List.of("(", "Dialog", ")", "är", "viktigt", "!"), tokens("(Dialog) är viktigt!"));
  }

  @Test
  void keepsTExAsOneToken() {
    assertEquals(List.of("Vi", "träffas", "t.ex.", "på", "måndag", "."),
        tokens("Vi träffas t.ex. på måndag."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"t.ex.", "bl.a.", "m.fl.", "osv.", "dvs.", "s.k.", "ca.", "fr.o.m.",
      "t.o.m.", "resp.", "o.s.v.", "d.v.s.", "inkl.", "exkl.", "jfr.", "kl.", "nr.", "st.", "etc.",
      "T.ex.", "Bl.a.", "Dvs."})
  void keepsAbbreviationsWhole(String abbreviation) {
    assertEquals(List.of("Vi", "nämnde", abbreviation, "fem", "gånger", "."),
        tokens("Vi nämnde " + abbreviation + " fem gånger."));
  }

  @Test
  void abbreviationBeforeCommaOrInBrackets() {
    assertEquals(List.of("lokaler", "osv.", ",", "men", "inte", "mer"),
        tokens("lokaler osv., men inte mer"));
    assertEquals(List.of("stöd", "(", "fr.o.m.", "2025", ")", "."), tokens("stöd (fr.o.m. 2025)."));
  }

  @Test
  void sentenceFinalAbbreviationKeepsItsPeriod() {
    assertEquals(List.of("Vi", "pratade", "om", "lokaler", "osv."),
        tokens("Vi pratade om lokaler osv."));
  }

  @Test
  void slashJoinedWordsStayOneToken() {
    assertEquals(List.of("Det", "gäller", "avtal/ansvarsområden", "och/eller", "stöd", "."),
        tokens("Det gäller avtal/ansvarsområden och/eller stöd."));
  }

  @Test
  void suspendedHyphenStaysOnTheWord() {
    assertEquals(List.of("Två", "plus", "två", "är", "lika", "med", "fem-", "nätverk"),
        tokens("Två plus två är lika med fem- nätverk"));
  }

  @Test
  void bulletsAreTokensOfTheirOwn() {
    assertEquals(List.of("•", "Mer", "dialog"), tokens("• Mer dialog"));
    assertEquals(List.of("•", "Mer", "dialog"), tokens("•Mer dialog"));
    assertEquals(List.of("–", "Fler", "möten"), tokens("– Fler möten"));
  }
}
