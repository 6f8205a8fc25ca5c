package se.samsyn.models.train;

import se.samsyn.models.SwedishModels;

/**
 * Everything that determines the trained models besides the treebank files.
 *
 * @param sentenceDetector     parameters of the sentence detector
 * @param tokenizer            parameters of the tokenizer
 * @param posTagger            parameters of the UPOS tagger
 * @param lemmatizer           parameters of the lemmatizer
 * @param sentencesPerDocument treebank sentences per sentence-detector document (training and evaluation)
 * @param detectionAugmentation synthetic workshop-style documents (sentence detector) and sentences
 *                             (tokenizer) per kind, see {@link WorkshopAugmentation}
 * @param taggingAugmentation  synthetic sentences per kind for the POS tagger and lemmatizer (fewer:
 *                             they are edited copies of training sentences, and too many copies
 *                             skew the tagger towards them)
 * @param seed                 seed of the augmentation's random choices
 */
public record TrainingSettings(
    ModelParameters sentenceDetector,
    ModelParameters tokenizer,
    ModelParameters posTagger,
    ModelParameters lemmatizer,
    int sentencesPerDocument,
    int detectionAugmentation,
    int taggingAugmentation,
    long seed) {

  /** The parameters of one model. */
  public ModelParameters parameters(SwedishModels.Kind kind) {
    return switch (kind) {
      case SENTENCE -> sentenceDetector;
      case TOKENIZER -> tokenizer;
      case POS -> posTagger;
      case LEMMATIZER -> lemmatizer;
    };
  }

  /** The settings the shipped models are trained with. */
  public static TrainingSettings defaults() {
    return new TrainingSettings(
        new ModelParameters("MAXENT", 100, 1),
        new ModelParameters("MAXENT", 100, 5),
        new ModelParameters("PERCEPTRON", 100, 1),
        new ModelParameters("PERCEPTRON", 50, 1),
        20,
        300,
        100,
        20261122L);
  }
}
