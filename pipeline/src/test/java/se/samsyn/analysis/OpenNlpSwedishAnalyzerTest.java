package se.samsyn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.SentenceAttribute;
import org.junit.jupiter.api.Test;

class OpenNlpSwedishAnalyzerTest {
  private final Analyzer index = analyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS);
  private final Analyzer query = analyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS);
  private final Analyzer words = analyzer(OpenNlpSwedishAnalyzer.Output.WORDS);

  private static Analyzer analyzer(OpenNlpSwedishAnalyzer.Output output) {
    return new OpenNlpSwedishAnalyzer(output, TestLexicons.get());
  }

  /** Terms; a term at the same position as the one before is written "+term". */
  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add((position.getPositionIncrement() == 0 ? "+" : "") + term);
      }
      stream.end();
    }
    return terms;
  }

  /** Sentence number of each word, as the tokenizer marks it. */
  private static List<Integer> sentences(Analyzer analyzer, String text) throws IOException {
    List<Integer> sentences = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      SentenceAttribute sentence = stream.addAttribute(SentenceAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        sentences.add(sentence.getSentenceIndex());
      }
      stream.end();
    }
    return sentences;
  }

  /** A thread's last split is kept for the next field of the same text; another text is split again. */
  @Test
  void eachTextIsSplitIntoItsOwnSentences() throws IOException {
    String two = "Dialog behövs. Kvalitet räcker.";
    String one = "Dialog behövs, kvalitet räcker.";
    assertEquals(List.of(0, 0, 1, 1), sentences(words, two));
    assertEquals(List.of(0, 0, 1, 1), sentences(index, two));
    assertEquals(List.of(0, 0, 0, 0), sentences(words, one));
    assertEquals(List.of(0, 0, 0, 0), sentences(index, one));
    assertEquals(List.of(0, 0, 1, 1), sentences(words, two));
  }

  @Test
  void inflectedFormsBecomeTheirLemma() throws IOException {
    assertEquals(List.of("organisation", "kvalitet", "långsiktig", "viktig"),
        terms(query, "Organisationerna och kvalitén är långsiktigt viktiga."));
    assertEquals(List.of("dialog", "förtroende", "kommun"), terms(query, "Dialogen, förtroendet och kommunerna"));
  }

  @Test
  void aWordNoLexiconKnowsGetsItsLemmaFromTheLemmatizerModel() throws IOException {
    assertNull(TestLexicons.get().lookup().lemma("mentimetrade", "VERB"));
    for (int time = 0; time < 2; time++) { // the second time from the model's cache
      assertEquals(List.of("deltagare", "mentimetra", "svar"), terms(query, "Deltagarna mentimetrade svaren"));
    }
  }

  @Test
  void misspeltDefiniteFormStillFindsItsLemma() throws IOException {
    assertEquals("kvalitet", terms(query, "Kvalitetet förutsätter fakta").getFirst());
  }

  @Test
  void compoundsAreIndexedWithTheirPartsAtTheSamePosition() throws IOException {
    assertEquals(List.of("medborgardialog", "+medborgare", "+dialog", "förankra", "kvalitetsarbete",
        "+kvalitet", "+arbete"), terms(index, "Medborgardialog för att förankra kvalitetsarbetet"));
    assertEquals(List.of("årlig", "dialogträff", "+dialog", "+träff"), terms(index, "Årliga dialogträffar"));
    assertEquals(List.of("mångfaldsarbete", "+mångfald", "+arbete"), terms(index, "mångfaldsarbete"));
  }

  @Test
  void queriesKeepCompoundsWhole() throws IOException {
    assertEquals(List.of("kvalitetsarbete"), terms(query, "kvalitetsarbetet"));
  }

  @Test
  void wordsThatOnlyLookLikeCompoundsStayWhole() throws IOException {
    assertEquals(List.of("kommun", "verksamhet", "nätverk", "tillit"),
        terms(index, "kommunen verksamhet nätverk tillit"));
  }

  @Test
  void hyphenatedWordsAndElidedCompoundsGiveTheirParts() throws IOException {
    assertEquals(List.of("kunskap", "erfarenhetsutbyte", "+erfarenhet", "+utbyte"),
        terms(index, "kunskaps- och erfarenhetsutbyte"));
    List<String> zone = terms(index, "släppa trygghets-zonen");
    assertTrue(zone.containsAll(List.of("+trygghet", "+zon")), zone.toString());
  }

  @Test
  void functionWordsAndPunctuationAreDropped() throws IOException {
    List<String> terms = terms(query, "Samverkansformerna ska vara öppna, men inte för alla!");
    assertEquals("samverkansform", terms.getFirst());
    assertEquals(2, terms.size(), terms.toString());
    assertEquals(List.of("öppenhet", "insyn"), terms(query, "Öppenhet & insyn"));
  }

  @Test
  void everyLexiconLemmaOfAnAmbiguousFormIsIndexed() throws IOException {
    List<String> terms = terms(index, "Samverkansformerna ska vara öppna");
    assertTrue(terms.contains("öppen") || terms.contains("+öppen"), terms.toString());
    assertTrue(terms.contains("öppna") || terms.contains("+öppna"), terms.toString());
  }

  @Test
  void punctuationLeftOnWordsIsSplitOff() throws IOException {
    assertEquals(List.of("fakta", "referenspunkt", "mäta"), terms(query, "fakta (referenspunkt att mäta)"));
    assertEquals(List.of("org", "mångfald"), terms(query, "org./mångfald"));
  }

  @Test
  void exactFieldKeepsEveryWordLowerCasedAsWritten() throws IOException {
    assertEquals(List.of("ömsesidig", "respekt", "för", "organisationernas", "villkor"),
        terms(words, "Ömsesidig respekt för organisationernas villkor."));
  }

  @Test
  void offsetsPointAtTheWordInTheText() throws IOException {
    String text = "Mål för kvalitetsarbetet";
    try (TokenStream stream = index.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.toString().equals("kvalitet")) {
          assertEquals("kvalitetsarbetet", text.substring(offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    }
  }

  @Test
  void lowerCasingDoesNotDependOnTheDefaultLocale() throws IOException {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(List.of("inkludering"), terms(words, "INKLUDERING"));
      assertFalse(terms(query, "INKLUDERING").getFirst().contains("ı"));
    } finally {
      Locale.setDefault(original);
    }
  }
}
