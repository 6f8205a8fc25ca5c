package se.samsyn.models.train;

/**
 * Held-out scores of one training run (all in [0, 1]).
 *
 * @param sentenceF1            sentence detector F1, documents with their layout
 * @param sentenceF1HardWrapped sentence detector F1, the same documents with hard-wrapped lines
 * @param sentenceF1SpaceJoined sentence detector F1, all sentences joined by spaces
 * @param tokenF1               tokenizer F1
 * @param posAccuracy           UPOS tagger word accuracy
 * @param lemmaAccuracy         lemmatizer word accuracy given predicted UPOS tags
 * @param lemmaAccuracyGoldPos  lemmatizer word accuracy given gold UPOS tags
 */
public record Scores(
    double sentenceF1,
    double sentenceF1HardWrapped,
    double sentenceF1SpaceJoined,
    double tokenF1,
    double posAccuracy,
    double lemmaAccuracy,
    double lemmaAccuracyGoldPos) {
}
