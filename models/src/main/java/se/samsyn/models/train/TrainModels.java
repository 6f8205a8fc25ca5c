package se.samsyn.models.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;
import se.samsyn.models.SwedishModels;

/**
 * Trains the four Swedish models on the UD training files, scores them on the held-out file, and
 * writes the models, {@code manifest.json} and the README's evaluation table. Run it through
 * {@code models/train}.
 *
 * <pre>
 * TrainModels --ud DIR [--out DIR] [--readme FILE]
 * </pre>
 * Later options override earlier ones. The defaults of {@code --out} and {@code --readme} are
 * relative to the repository root.
 */
public final class TrainModels {

  private static final Logger LOG = LoggerFactory.getLogger(TrainModels.class);
  private static final String USAGE =
      "usage: models/train [--ud DIR] [--out DIR] [--readme FILE]";

  private TrainModels() {
  }

  /** Where to read and write; built from the command line only. */
  record Options(Path ud, Path out, Path readme) {

    static Options parse(String[] args) {
      Path ud = null;
      Path out = Path.of("models/src/main/resources", SwedishModels.RESOURCE_FOLDER);
      Path readme = Path.of("models/README.md");
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + args[i] + " needs a value");
        }
        Path value = Path.of(args[i + 1]);
        switch (args[i]) {
          case "--ud" -> ud = value;
          case "--out" -> out = value;
          case "--readme" -> readme = value;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (ud == null) {
        throw new IllegalArgumentException("--ud is required");
      }
      return new Options(ud, out, readme);
    }
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.println(USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    try {
      System.out.print(run(options, TrainingSettings.defaults()));
    } catch (IOException | RuntimeException e) {
      LOG.error("training failed: {}", e.getMessage(), e);
      System.exit(1);
    }
  }

  /** Trains, evaluates and writes everything; returns the evaluation table. */
  static String run(Options options, TrainingSettings settings) throws IOException {
    long started = System.nanoTime();
    UdSplit split = UdSplit.read(options.ud());
    List<ConlluSentence> training = split.trainingSentences();
    LOG.info("training on {} sentences from {}, holding out {} ({} sentences)",
        training.size(), UdSplit.TRAINING_FILES, split.heldOut().fileName(),
        split.heldOut().sentences().size());

    ModelTrainer trainer = new ModelTrainer(settings, training);
    SentenceModel sentence = timed("sentence detector", trainer::sentenceDetector);
    TokenizerModel tokenizer = timed("tokenizer", trainer::tokenizer);
    POSModel pos = timed("POS tagger", trainer::posTagger);
    LemmatizerModel lemmatizer = timed("lemmatizer", trainer::lemmatizer);

    HeldOutEvaluation evaluation =
        new HeldOutEvaluation(split.heldOut().sentences(), settings.sentencesPerDocument());
    Scores scores = new Scores(
        evaluation.sentenceF1(sentence),
        evaluation.sentenceF1HardWrapped(sentence),
        evaluation.sentenceF1SpaceJoined(sentence),
        evaluation.tokenF1(tokenizer),
        evaluation.posAccuracy(pos),
        evaluation.lemmaAccuracyPredictedPos(lemmatizer, pos),
        evaluation.lemmaAccuracyGoldPos(lemmatizer));

    Files.createDirectories(options.out());
    write(options.out(), SwedishModels.Kind.SENTENCE, sentence);
    write(options.out(), SwedishModels.Kind.TOKENIZER, tokenizer);
    write(options.out(), SwedishModels.Kind.POS, pos);
    write(options.out(), SwedishModels.Kind.LEMMATIZER, lemmatizer);
    ModelManifest.write(options.out().resolve("manifest.json"), split, settings, scores);
    String table = ReadmeTable.render(split.heldOut(), scores);
    ReadmeTable.update(options.readme(), table);
    LOG.info("done in {} s; models in {}, table in {}",
        (System.nanoTime() - started) / 1_000_000_000, options.out(), options.readme());
    return table;
  }

  private interface Training<M> {
    M train() throws IOException;
  }

  private static <M> M timed(String name, Training<M> training) throws IOException {
    long started = System.nanoTime();
    LOG.info("training the {} ...", name);
    M model = training.train();
    LOG.info("trained the {} in {} s", name, (System.nanoTime() - started) / 1_000_000_000);
    return model;
  }

  private static void write(Path folder, SwedishModels.Kind kind, BaseModel model) throws IOException {
    ReproducibleModelFile.write(model, folder.resolve(kind.fileName()));
  }
}
