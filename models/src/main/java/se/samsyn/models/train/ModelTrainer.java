package se.samsyn.models.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import opennlp.tools.formats.conllu.ConlluLemmaSampleStream;
import opennlp.tools.formats.conllu.ConlluPOSSampleStream;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.formats.conllu.ConlluTokenSampleStream;
import opennlp.tools.lemmatizer.LemmaSample;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.MutableTagDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import se.samsyn.models.PosFeatures;

/**
 * Trains the four Swedish models from UD training sentences (plus, for the sentence detector and
 * tokenizer, the workshop-style augmentation) with OpenNLP's own CoNLL-U readers and trainers.
 */
public final class ModelTrainer {

  static final String LANGUAGE = "sv";

  /** Whitespace tokens matching this are never split (OpenNLP's alphanumeric optimisation). */
  static final Pattern ALPHANUMERIC = Pattern.compile("^[\\p{L}\\p{N}]+$");

  private final TrainingSettings settings;
  private final List<ConlluSentence> training;
  private final List<AnnotatedSentence> annotated;

  /**
   * @param settings the training settings
   * @param training the UD training sentences
   */
  public ModelTrainer(TrainingSettings settings, List<ConlluSentence> training) {
    this.settings = settings;
    this.training = List.copyOf(training);
    this.annotated = training.stream().map(AnnotatedSentence::of).toList();
  }

  public SentenceModel sentenceDetector() throws IOException {
    List<SentenceSample> documents = new ArrayList<>(
        SentenceDocuments.fromTreebank(training, settings.sentencesPerDocument()));
    documents.addAll(augmentation().sentenceDocuments(settings.detectionAugmentation()));
    // useTokenEnd = false: with true, OpenNLP moves a break to the end of the following
    // whitespace-delimited token, which for a line break is the next line's first word.
    SentenceDetectorFactory factory = new SentenceDetectorFactory(LANGUAGE, false,
        SwedishAbbreviations.sentenceDetectorDictionary(), SentenceDocuments.eosCharacters());
    return SentenceDetectorME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(documents),
        factory, settings.sentenceDetector().toOpenNlp());
  }

  public TokenizerModel tokenizer() throws IOException {
    List<TokenSample> samples = readAll(new ConlluTokenSampleStream(stream(training)));
    augmentation().sentences(settings.detectionAugmentation())
        .forEach(s -> samples.add(s.tokenSample()));
    TokenizerFactory factory = new TokenizerFactory(LANGUAGE,
        SwedishAbbreviations.tokenizerDictionary(), true, ALPHANUMERIC);
    return TokenizerME.train(ObjectStreamUtils.createObjectStream(samples), factory,
        settings.tokenizer().toOpenNlp());
  }

  /**
   * OpenNLP's default POS features, but with suffixes up to six characters (Swedish inflection
   * lives in endings such as -erna, -arnas, -ande), plus a tag dictionary of every training word:
   * a word seen in training only gets tags it was seen with.
   */
  public POSModel posTagger() throws IOException {
    List<POSSample> samples = readAll(new ConlluPOSSampleStream(stream(training), ConlluTagset.U));
    augmentation().sentences(settings.taggingAugmentation())
        .forEach(s -> samples.add(s.posSample()));
    POSTaggerFactory factory = new POSTaggerFactory(
        PosFeatures.DESCRIPTOR.getBytes(StandardCharsets.UTF_8), Map.of(), null);
    POSTaggerME.populatePOSDictionary(ObjectStreamUtils.createObjectStream(samples),
        (MutableTagDictionary) factory.createEmptyTagDictionary(), 1);
    return POSTaggerME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(samples),
        settings.posTagger().toOpenNlp(), factory);
  }

  /** Trained on gold UPOS tags; at run time it gets the POS tagger's tags. */
  public LemmatizerModel lemmatizer() throws IOException {
    List<LemmaSample> samples =
        readAll(new ConlluLemmaSampleStream(stream(training), ConlluTagset.U));
    augmentation().sentences(settings.taggingAugmentation())
        .forEach(s -> samples.add(s.lemmaSample()));
    return LemmatizerME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(samples),
        settings.lemmatizer().toOpenNlp(), new LemmatizerFactory());
  }

  /** A fresh augmentation, so every model sees the same synthetic samples whatever the order. */
  private WorkshopAugmentation augmentation() {
    return new WorkshopAugmentation(annotated, settings.seed());
  }

  static ObjectStream<ConlluSentence> stream(List<ConlluSentence> sentences) {
    return ObjectStreamUtils.createObjectStream(sentences);
  }

  static <T> List<T> readAll(ObjectStream<T> stream) throws IOException {
    List<T> all = new ArrayList<>();
    T next;
    while ((next = stream.read()) != null) {
      all.add(next);
    }
    return all;
  }
}
