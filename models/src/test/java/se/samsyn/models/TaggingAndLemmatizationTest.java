package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.tokenize.TokenizerME;

/** The shipped POS tagger and lemmatizer, run as the pipeline runs them: tokenize, tag (greedily), lemmatize. */
class TaggingAndLemmatizationTest {

  private final TokenizerME tokenizer = new TokenizerME(SwedishModels.tokenizerModel());
  private final GreedyPosTagger tagger = new GreedyPosTagger(SwedishModels.posModel());
  private final LemmatizerME lemmatizer = new LemmatizerME(SwedishModels.lemmatizerModel());

  private record Analysis(List<String> tokens, List<String> tags, List<String> lemmas) {

    String lemmaOf(String token) {
      return lemmas.get(tokens.indexOf(token));
    }

    String tagOf(String token) {
      return tags.get(tokens.indexOf(token));
    }
  }

  private Analysis analyse(String sentence) {
    String[] tokens = tokenizer.tokenize(sentence);
    String[] tags = tagger.tag(tokens);
    String[] lemmas = lemmatizer.lemmatize(tokens, tags);
    return new Analysis(List.of(tokens), List.of(tags), List.of(lemmas));
  }

  @Test
  void organisationerna() {
    Analysis a = analyse("Organisationerna vill ha mer dialog med regeringen.");
    assertEquals("NOUN", a.tagOf("Organisationerna"));
    assertEquals("organisation", a.lemmaOf("Organisationerna"));
  }

  @ParameterizedTest
  @CsvSource({
      "Föreningarna diskuterade principerna om öppenhet., Föreningarna, förening",
      "Föreningarna diskuterade principerna om öppenhet., diskuterade, diskutera",
      "Föreningarna diskuterade principerna om öppenhet., principerna, princip",
      "Kvalitetsarbetet i organisationer måste vara självständigt., Kvalitetsarbetet, kvalitetsarbete",
      "Kvalitetsarbetet i organisationer måste vara självständigt., organisationer, organisation",
      "Vi har haft många möten med kommunerna., kommunerna, kommun",
      "Vi har haft många möten med kommunerna., haft, ha",
      "Vi tyckte att dialogen med regeringen blev bättre., tyckte, tycka",
      "Vi tyckte att dialogen med regeringen blev bättre., dialogen, dialog",
      "Vi tyckte att dialogen med regeringen blev bättre., regeringen, regering",
  })
  void lemmatizesCommonInflections(String sentence, String token, String lemma) {
    assertEquals(lemma, analyse(sentence).lemmaOf(token));
  }

  @Test
  void tagsAPlainSentence() {
    assertEquals(List.of("NOUN", "AUX", "VERB", "NOUN", "ADJ", "NOUN", "PUNCT"),
        analyse("Kommunen ska ge föreningarna bättre stöd.").tags());
  }

  @Test
  void abbreviationsAndBulletsGetWordTags() {
    Analysis a = analyse("Vi pratade t.ex. om lokaler, möten m.m. osv.");
    assertEquals("ADV", a.tagOf("t.ex."));
    assertNotEquals("PUNCT", a.tagOf("m.m."));
    assertNotEquals("PUNCT", a.tagOf("osv."));
    assertEquals("PUNCT", analyse("• Mer dialog").tagOf("•"));
  }
}
