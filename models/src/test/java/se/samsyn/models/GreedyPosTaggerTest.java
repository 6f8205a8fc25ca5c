package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import opennlp.tools.formats.conllu.ConlluPOSSampleStream;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.samsyn.models.train.UdFile;
import se.samsyn.models.train.UdSplit;

class GreedyPosTaggerTest {
  private static final Path HELD_OUT = Path.of("..", "..", "shared", "ud-sv", UdSplit.HELD_OUT_FILE);

  @Test
  @Tag("shared-ud")
  void tagsTheSharedHeldOutTreebankAsScoringEveryWordDoes() throws IOException {
    POSModel posModel = SwedishModels.posModel();
    int words = 0;
    int decidedByTheDictionary = 0;
    for (String[] sentence : assertTagsHeldOutAsScoringEveryWord(posModel)) {
      words += sentence.length;
      for (String word : sentence) {
        String[] allowed = posModel.getFactory().getTagDictionary().getTags(word);
        decidedByTheDictionary += allowed != null && allowed.length == 1 ? 1 : 0;
      }
    }
    assertTrue(words > 20_000 && decidedByTheDictionary > words / 4, decidedByTheDictionary + " of " + words);
  }

  /** The shipped weights with OpenNLP's default features (suffixes up to four characters): the tagger must use those. */
  @Test
  @Tag("shared-ud")
  void tagsAModelOfOtherFeaturesWithItsOwnGenerators() throws IOException {
    POSModel shipped = SwedishModels.posModel();
    String otherFeatures = PosFeatures.DESCRIPTOR.replace("<int name=\"length\">6</int>", "<int name=\"length\">4</int>");
    POSModel other = new POSModel("sv", (MaxentModel) shipped.getArtifact("pos.model"), Map.of(),
        new POSTaggerFactory(otherFeatures.getBytes(StandardCharsets.UTF_8), Map.of(), shipped.getFactory().getTagDictionary()));
    assertFalse(PosFeatures.areThoseOf(other));
    assertTagsHeldOutAsScoringEveryWord(other);
  }

  /** Tags every held-out sentence with both taggers of the model, expecting the same tags; gives the sentences. */
  private static List<String[]> assertTagsHeldOutAsScoringEveryWord(POSModel posModel) throws IOException {
    assertTrue(Files.isRegularFile(HELD_OUT), "../shared/ud-sv is not beside the repository: " + HELD_OUT.toAbsolutePath());
    GreedyPosTagger tagger = new GreedyPosTagger(posModel);
    ScoringEveryWord reference = new ScoringEveryWord(posModel);
    List<String[]> sentences = new ArrayList<>();
    try (ObjectStream<POSSample> samples = new ConlluPOSSampleStream(
        ObjectStreamUtils.createObjectStream(UdFile.read(HELD_OUT).sentences()), ConlluTagset.U)) {
      for (POSSample sample = samples.read(); sample != null; sample = samples.read()) {
        String[] sentence = sample.getSentence();
        assertArrayEquals(reference.tag(sentence), tagger.tag(sentence), String.join(" ", sentence));
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /** Scores from three values, so that ties are common; tags that are no outcome, repeated, or none. */
  @Test
  void theBestAllowedTagIsTheLowestOutcomeOfTheHighestScoreAsTheValidatorDecides() {
    String[] outcomes = {"NOUN", "VERB", "ADJ", "ADV", "ADP", "PRON"};
    Map<String, Integer> outcomeOfTag = new HashMap<>();
    for (int o = 0; o < outcomes.length; o++) {
      outcomeOfTag.put(outcomes[o], o);
    }
    String[] tags = {"NOUN", "VERB", "ADJ", "ADV", "ADP", "PRON", "X-NOT-AN-OUTCOME"};
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 100_000; trial++) {
      double[] scores = random.doubles(outcomes.length, 0, 3).map(Math::floor).toArray();
      String[] allowed = new String[random.nextInt(5)];
      for (int a = 0; a < allowed.length; a++) {
        allowed[a] = tags[random.nextInt(tags.length)];
      }
      int expected = -1;
      for (int o = 0; o < outcomes.length; o++) {
        if ((expected < 0 || scores[o] > scores[expected]) && Arrays.asList(allowed).contains(outcomes[o])) {
          expected = o;
        }
      }
      assertEquals(expected, GreedyPosTagger.bestAllowed(scores, allowed, outcomeOfTag),
          Arrays.toString(scores) + " " + Arrays.toString(allowed));
    }
  }

  /** Greedy decoding as it reads: every word scored, the best outcome the tag dictionary allows. */
  private static final class ScoringEveryWord {
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;

    ScoringEveryWord(POSModel posModel) {
      this.model = posModel.getArtifact("pos.model");
      this.contexts = posModel.getFactory().getPOSContextGenerator(0);
      this.validator = posModel.getFactory().getSequenceValidator();
    }

    String[] tag(String[] words) {
      String[] tags = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        double[] scores = model.eval(contexts.getContext(i, words, tags, null));
        int best = -1;
        for (int outcome = 0; outcome < scores.length; outcome++) {
          if ((best < 0 || scores[outcome] > scores[best]) && validator.validSequence(i, words, tags, model.getOutcome(outcome))) {
            best = outcome;
          }
        }
        tags[i] = best < 0 ? model.getBestOutcome(scores) : model.getOutcome(best);
      }
      return tags;
    }
  }
}
