package se.samsyn.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.samsyn.models.SwedishModels;
import se.samsyn.testing.SharedTreebank;

class WordByWordTokenizerOpTest {
  private static final List<String> AWKWARD = List.of(
      "Vi diskuterade t.ex. öppenhet, dialog och kvalitet.",
      "Mötet 2024-05-01 kl. 13.00 (se bilaga 2)!",
      "E-post: info@exempel.se; webb: https://exempel.se/a?b=1.",
      "osv... \"citat\" – tankstreck, 50 % och 1 000 kr.",
      "Ord\tmed\ttabb,\nradbrytning och\u00a0hårt\u00a0mellanslag.",
      "bl.a. m.fl. dvs. Kvalitetsarbete/samverkan? Ja!",
      "", " ", "a", "...");

  @Test
  void tokensAreTheTokenizersOnAwkwardTextAndOnRepeats() {
    compareWithTheTokenizer(AWKWARD);
  }

  @Test
  @Tag("shared-ud")
  void tokensAreTheTokenizersOnTheSharedHeldOutTreebank() {
    compareWithTheTokenizer(SharedTreebank.heldOutSentences());
  }

  private static void compareWithTheTokenizer(List<String> sentences) {
    TokenizerME tokenizer = new TokenizerME(SwedishModels.tokenizerModel());
    WordByWordTokenizerOp op = new WordByWordTokenizerOp(SwedishModels.tokenizerModel());
    for (int round = 0; round < 2; round++) { // the second round answers from the cache
      for (String sentence : sentences) {
        assertArrayEquals(tokenizer.tokenizePos(sentence), op.getTerms(sentence), sentence);
      }
    }
  }
}
