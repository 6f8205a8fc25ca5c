package se.samsyn.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.Sequence;

/**
 * Part-of-speech tagging that takes, word by word, the best tag the model allows for the word
 * given the tags chosen before it. OpenNLP's {@code POSTaggerME} keeps the three best sequences
 * instead (a beam) and scores every word once for each of them; since the feature generator these
 * models are trained with caches a word's features by its position, previous tags included, the
 * three are scored on the same features, and on the 20,386 words of the held-out treebank the beam
 * changes one tag at 2.4 times the time. Tags are the model's own (Universal Dependencies tags);
 * a word the tag dictionary lists tags for gets the best of those that are outcomes of the model, so
 * a word it lists one such tag for gets it without being scored (the rule of OpenNLP's
 * {@code DefaultPOSSequenceValidator}, which {@code POSTaggerFactory} gives these models). A model
 * trained on Samsyn's features gets them from {@link PosFeatures}, any other from its own generators.
 * Not thread-safe: create one per thread.
 */
public final class GreedyPosTagger implements POSTagger {
  /** Where {@link POSModel} keeps its classifier (the constant there is not public). */
  private static final String MODEL_ARTIFACT = "pos.model";

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  /** The tags seen with each training word; null when the model has none. */
  private final TagDictionary tagDictionary;
  private final Map<String, Integer> outcomeOfTag = new HashMap<>();
  private double[] scores;

  public GreedyPosTagger(POSModel posModel) {
    this.model = posModel.getArtifact(MODEL_ARTIFACT);
    if (model == null) {
      throw new IllegalArgumentException("the POS model has no " + MODEL_ARTIFACT + " classifier");
    }
    this.contexts = PosFeatures.areThoseOf(posModel) ? new PosFeatures() : posModel.getFactory().getPOSContextGenerator(0);
    this.tagDictionary = posModel.getFactory().getTagDictionary();
    this.scores = new double[model.getNumOutcomes()];
    for (int outcome = 0; outcome < model.getNumOutcomes(); outcome++) {
      outcomeOfTag.put(model.getOutcome(outcome), outcome);
    }
  }

  @Override
  public String[] tag(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String[] allowed = tagDictionary == null ? null : tagDictionary.getTags(words[i]);
      if (allowed != null && allowed.length == 1 && outcomeOfTag.containsKey(allowed[0])) {
        tags[i] = allowed[0]; // whatever the scores, the one tag it may take
        continue;
      }
      scores = model.eval(contexts.getContext(i, words, tags, null), scores);
      int best = allowed == null ? -1 : bestAllowed(scores, allowed, outcomeOfTag);
      tags[i] = best < 0 ? model.getBestOutcome(scores) : model.getOutcome(best);
    }
    return tags;
  }

  /**
   * The highest-scoring outcome among the allowed tags, the lowest outcome index on a tie (as
   * OpenNLP's sequence validator, asked outcome by outcome, decides); -1 when no allowed tag is an outcome.
   */
  static int bestAllowed(double[] scores, String[] allowed, Map<String, Integer> outcomeOfTag) {
    int best = -1;
    for (String tag : allowed) {
      int outcome = outcomeOfTag.getOrDefault(tag, -1);
      if (outcome >= 0 && (best < 0 || scores[outcome] > scores[best]
          || scores[outcome] == scores[best] && outcome < best)) {
        best = outcome;
      }
    }
    return best;
  }

  /** The models' features use no additional context. */
  @Override
  public String[] tag(String[] words, Object[] additionalContext) {
    return tag(words);
  }

  /** The one sequence greedy decoding finds. */
  @Override
  public Sequence[] topKSequences(String[] words) {
    return new Sequence[] {new Sequence(List.of(tag(words)))};
  }

  @Override
  public Sequence[] topKSequences(String[] words, Object[] additionalContext) {
    return topKSequences(words);
  }
}
