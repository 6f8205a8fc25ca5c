package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import opennlp.tools.formats.conllu.ConlluPOSSampleStream;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.samsyn.models.train.UdFile;
import se.samsyn.models.train.UdSplit;

/** {@link PosFeatures} against the generators OpenNLP builds from the shipped model's descriptor. */
class PosFeaturesTest {
  private static final Path UD = Path.of("..", "..", "shared", "ud-sv");
  static final List<String> AWKWARD = List.of("", "İstanbul", "ΣΟΦΊΑ", "𐐀𐐁a", "\uD800x", "x\uDC00", "2024", "12",
      "3,5", "1-2", "10/11", "A.", "Ö.", "ÅÄÖ", "Åsa", "e-post", "T.ex.", "i", "Å", "(", "»", "mångfaldsarbetet",
      "KVALITETSARBETE", "Kvalitetsarbetet", "x2", "ＡＢＣ", "ǅ", "ß", "ﬁ", "ひらがな", "カタカナ");

  private final POSModel model = SwedishModels.posModel();
  private final POSContextGenerator expected = model.getFactory().getPOSContextGenerator(0);
  /** One for all sentences of a test, so that words come back from its recent words. */
  private final POSContextGenerator actual = new PosFeatures();

  @Test
  void theShippedModelIsTrainedOnThem() {
    assertTrue(PosFeatures.areThoseOf(model));
  }

  @Test
  @Tag("shared-ud")
  void givesTheModelsOwnFeaturesForEveryWordOfTheSharedTreebanks() throws IOException {
    int words = 0;
    for (String file : List.of(UdSplit.HELD_OUT_FILE, UdSplit.TRAINING_FILES.get(0), UdSplit.TRAINING_FILES.get(1))) {
      Path path = UD.resolve(file);
      assertTrue(Files.isRegularFile(path), "../shared/ud-sv is not beside the repository: " + path.toAbsolutePath());
      try (ObjectStream<POSSample> samples = new ConlluPOSSampleStream(
          ObjectStreamUtils.createObjectStream(UdFile.read(path).sentences()), ConlluTagset.U)) {
        for (POSSample sample = samples.read(); sample != null; sample = samples.read()) {
          assertSameFeatures(sample.getSentence(), sample.getTags());
          words += sample.getSentence().length;
        }
      }
    }
    assertTrue(words > 45_000, words + " words");
  }

  /** Every awkward word at every place of sentences of one to six words, with the previous tags known or not. */
  @Test
  void givesTheModelsOwnFeaturesForAwkwardWords() {
    SplittableRandom random = new SplittableRandom(7);
    String[] tagset = {"NOUN", "VERB", "ADJ", "PUNCT", null};
    for (int length = 1; length <= 6; length++) {
      for (String word : AWKWARD) {
        for (int at = 0; at < length; at++) {
          String[] sentence = new String[length];
          String[] tags = new String[length];
          for (int i = 0; i < length; i++) {
            sentence[i] = i == at ? word : AWKWARD.get(random.nextInt(AWKWARD.size()));
            tags[i] = tagset[random.nextInt(tagset.length)];
          }
          assertSameFeatures(sentence, tags);
        }
      }
    }
  }

  /** More distinct words than it keeps, then the first ones again: they are built anew. */
  @Test
  void givesTheModelsOwnFeaturesAfterItsRecentWordsWereReplaced() {
    for (int round = 0; round < 2; round++) {
      for (int word = 0; word < 5_000; word++) {
        assertSameFeatures(new String[] {"Ord" + word, "och", "ord" + word + "en", "."}, new String[] {"NOUN", "CCONJ", "NOUN", "PUNCT"});
      }
    }
  }

  /** Position by position, as the tagger asks: the tags before a word known. */
  private void assertSameFeatures(String[] sentence, String[] tags) {
    String[] words = sentence.clone();
    String[] tagsSoFar = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      assertArrayEquals(expected.getContext(i, words, tagsSoFar, null), actual.getContext(i, words, tagsSoFar, null),
          String.join(" ", words) + " at " + i);
      tagsSoFar[i] = tags[i];
    }
  }
}
