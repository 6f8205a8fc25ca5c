package se.samsyn.models.train;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import opennlp.tools.formats.conllu.ConlluLemmaSampleStream;
import opennlp.tools.formats.conllu.ConlluPOSSampleStream;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluSentenceSampleStream;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.formats.conllu.ConlluTokenSampleStream;
import opennlp.tools.lemmatizer.LemmaSample;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSEvaluator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenizerEvaluator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;

import se.samsyn.models.GreedyPosTagger;

/**
 * Scores trained models on the held-out treebank file with OpenNLP's evaluators.
 *
 * <p>Lemmas are compared case-insensitively because OpenNLP's lemmatizer always returns lower case
 * (UD writes proper-noun lemmas capitalised); they are scored twice, once given the gold UPOS tags
 * and once given the tags our POS model predicts, which is how the pipeline runs.
 */
public final class HeldOutEvaluation {

  private static final long WRAP_SEED = 9;

  private final List<ConlluSentence> heldOut;
  private final int sentencesPerDocument;

  public HeldOutEvaluation(List<ConlluSentence> heldOut, int sentencesPerDocument) {
    this.heldOut = List.copyOf(heldOut);
    this.sentencesPerDocument = sentencesPerDocument;
  }

  /** Sentence F1 on documents with their layout (see {@link SentenceDocuments}). */
  public double sentenceF1(SentenceModel model) throws IOException {
    return sentenceF1(model, SentenceDocuments.fromTreebank(heldOut, sentencesPerDocument));
  }

  /**
   * Sentence F1 on the same documents hard-wrapped like text copied from a PDF (see
   * {@link SentenceDocuments#hardWrapped}), with a fixed seed.
   */
  public double sentenceF1HardWrapped(SentenceModel model) throws IOException {
    Random random = new Random(WRAP_SEED);
    return sentenceF1(model, SentenceDocuments.fromTreebank(heldOut, sentencesPerDocument).stream()
        .map(d -> SentenceDocuments.hardWrapped(d, random))
        .toList());
  }

  /**
   * Sentence F1 on documents built by OpenNLP's {@link ConlluSentenceSampleStream}, which joins all
   * sentences with a space, so headings and other unpunctuated lines cannot be found.
   */
  public double sentenceF1SpaceJoined(SentenceModel model) throws IOException {
    return sentenceF1(model, ModelTrainer.readAll(new ConlluSentenceSampleStream(
        ModelTrainer.stream(heldOut), sentencesPerDocument)));
  }

  public double tokenF1(TokenizerModel model) throws IOException {
    TokenizerEvaluator evaluator = new TokenizerEvaluator(new TokenizerME(model));
    evaluator.evaluate(new ConlluTokenSampleStream(ModelTrainer.stream(heldOut)));
    return evaluator.getFMeasure().getFMeasure();
  }

  public double posAccuracy(POSModel model) throws IOException {
    POSEvaluator evaluator = new POSEvaluator(new GreedyPosTagger(model));
    evaluator.evaluate(new ConlluPOSSampleStream(ModelTrainer.stream(heldOut), ConlluTagset.U));
    return evaluator.getWordAccuracy();
  }

  public double lemmaAccuracyGoldPos(LemmatizerModel model) throws IOException {
    return lemmaAccuracy(model, null);
  }

  public double lemmaAccuracyPredictedPos(LemmatizerModel model, POSModel posModel)
      throws IOException {
    return lemmaAccuracy(model, new GreedyPosTagger(posModel));
  }

  private double lemmaAccuracy(LemmatizerModel model, POSTagger tagger) throws IOException {
    LemmatizerME lemmatizer = new LemmatizerME(model);
    long correct = 0;
    long total = 0;
    for (LemmaSample sample : ModelTrainer.readAll(
        new ConlluLemmaSampleStream(ModelTrainer.stream(heldOut), ConlluTagset.U))) {
      String[] tags = tagger == null ? sample.getTags() : tagger.tag(sample.getTokens());
      String[] predicted = lemmatizer.lemmatize(sample.getTokens(), tags);
      String[] gold = sample.getLemmas();
      for (int i = 0; i < gold.length; i++) {
        if (gold[i].toLowerCase(Locale.ROOT).equals(predicted[i])) {
          correct++;
        }
        total++;
      }
    }
    return (double) correct / total;
  }

  private static double sentenceF1(SentenceModel model, List<SentenceSample> documents)
      throws IOException {
    SentenceDetectorEvaluator evaluator = new SentenceDetectorEvaluator(new SentenceDetectorME(model));
    evaluator.evaluate(ObjectStreamUtils.createObjectStream(documents));
    return evaluator.getFMeasure().getFMeasure();
  }
}
