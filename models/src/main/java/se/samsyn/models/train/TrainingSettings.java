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
 * @param augmentationCount    synthetic workshop-style documents and sentences per kind
 *                             (see {@link WorkshopAugmentation})
 * @param seed                 seed of the augmentation's random choices
 */
public record TrainingSettings(
    ModelParameters sentenceDetector,
    ModelParameters tokenizer,
    ModelParameters posTagger,
    ModelParameters lemmatizer,
    int sentencesPerDocument,
    int augmentationCount,
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
        new ModelParameters("MAXENT", 100, 5),
        new ModelParameters("MAXENT", 100, 5),
        20,
        300,
        20261122L);
  }
}
