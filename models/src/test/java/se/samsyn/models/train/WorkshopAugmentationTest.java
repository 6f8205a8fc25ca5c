package se.samsyn.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.util.Span;
import se.samsyn.models.train.AnnotatedSentence.Word;

class WorkshopAugmentationTest {

  private static final List<AnnotatedSentence> TRAINING = List.of(
      sentence("Föreningarna|NOUN vill|AUX ha|VERB tydligare|ADJ regler|NOUN för|ADP bidrag|NOUN"),
      sentence("Kommunen|NOUN ska|AUX föra|VERB en|DET dialog|NOUN och|CCONJ samråd|NOUN"),
      sentence("Vi|PRON träffade|VERB många|ADJ organisationer|NOUN i|ADP höstas|NOUN"));

  @Test
  void sameSeedGivesTheSameSamples() {
    List<String> first = texts(new WorkshopAugmentation(TRAINING, 7));
    List<String> second = texts(new WorkshopAugmentation(TRAINING, 7));
    List<String> other = texts(new WorkshopAugmentation(TRAINING, 8));

    assertEquals(first, second);
    assertTrue(!first.equals(other));
  }

  @Test
  void abbreviationsAndSlashJoinedWordsAreSingleGoldTokens() {
    List<String> tokens = new ArrayList<>();
    for (AnnotatedSentence s : new WorkshopAugmentation(TRAINING, 1).sentences(200)) {
      TokenSample sample = s.tokenSample();
      for (Span span : sample.getTokenSpans()) {
        tokens.add(span.getCoveredText(sample.getText()).toString());
      }
      assertEquals(s.size(), s.posSample().getSentence().length);
    }
    assertTrue(tokens.contains("t.ex.") || tokens.contains("bl.a."), "no abbreviation token");
    assertTrue(tokens.stream().anyMatch(t -> t.contains("/") && t.length() > 1), "no slash token");
    assertTrue(tokens.stream().noneMatch(t -> t.contains(" ")), "token with a space");
  }

  @Test
  void documentsHaveOneSpanPerSentence() {
    for (SentenceSample document : new WorkshopAugmentation(TRAINING, 2).sentenceDocuments(10)) {
      for (Span span : document.getSentences()) {
        String sentence = span.getCoveredText(document.getDocument()).toString().strip();
        assertTrue(!sentence.isEmpty() && !sentence.contains("\n\n"), sentence);
      }
    }
  }

  private static List<String> texts(WorkshopAugmentation augmentation) {
    List<String> texts = new ArrayList<>(
        augmentation.sentences(20).stream().map(AnnotatedSentence::text).toList());
    augmentation.sentenceDocuments(5).forEach(d -> texts.add(d.getDocument()));
    return texts;
  }

  /** A plain sentence from "form|UPOS" pairs, lemma = form, ending in a period. */
  private static AnnotatedSentence sentence(String words) {
    List<Word> list = new ArrayList<>();
    String[] pairs = words.split(" ");
    for (int i = 0; i < pairs.length; i++) {
      String[] formTag = pairs[i].split("\\|");
      list.add(new Word(formTag[0], formTag[1], formTag[0].toLowerCase(), i < pairs.length - 1));
    }
    list.add(new Word(".", "PUNCT", ".", false));
    return new AnnotatedSentence(list);
  }
}
