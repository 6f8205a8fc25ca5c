package se.samsyn.models.train;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import opennlp.tools.util.Version;
import se.samsyn.models.SwedishModels;

/**
 * Writes {@code manifest.json} next to the models: model version, OpenNLP version, the SHA-256 of
 * every model and of every treebank file used, the training settings and the held-out scores.
 */
public final class ModelManifest {

  /** Bumped whenever data, settings or code change what the models are. */
  public static final String MODEL_VERSION = "sv-ud-1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelManifest() {
  }

  /** Writes the manifest to {@code file}, in the folder the models were already written to. */
  public static void write(Path file, UdSplit split, TrainingSettings settings, Scores scores)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("modelVersion", MODEL_VERSION);
    root.put("language", ModelTrainer.LANGUAGE);
    root.put("opennlpVersion", Version.currentVersion().toString());
    root.put("trainingCommand", "models/train");

    ObjectNode data = root.putObject("data");
    ArrayNode training = data.putArray("training");
    split.training().forEach(f -> training.add(describe(f)));
    data.set("heldOut", describe(split.heldOut()));

    ObjectNode models = root.putObject("models");
    for (SwedishModels.Kind kind : SwedishModels.Kind.values()) {
      ModelParameters p = settings.parameters(kind);
      models.putObject(kind.fileName())
          .put("sha256", Sha256.of(file.resolveSibling(kind.fileName())))
          .put("algorithm", p.algorithm())
          .put("iterations", p.iterations())
          .put("cutoff", p.cutoff());
    }

    root.putObject("settings")
        .put("sentencesPerDocument", settings.sentencesPerDocument())
        .put("detectionAugmentation", settings.detectionAugmentation())
        .put("taggingAugmentation", settings.taggingAugmentation())
        .put("seed", settings.seed())
        .put("sentenceEndCharacters", ". ! ? and line break")
        .put("sentenceDetectorUseTokenEnd", false)
        .put("posTagset", "UPOS")
        .put("posFeatures", "OpenNLP default, suffixes up to 6 characters")
        .put("posTagDictionary", "every training word with the tags it was seen with")
        .put("lemmatizerTrainedOn", "gold UPOS");

    root.putObject("heldOutScores")
        .put("sentenceF1", round(scores.sentenceF1()))
        .put("sentenceF1HardWrapped", round(scores.sentenceF1HardWrapped()))
        .put("sentenceF1SpaceJoined", round(scores.sentenceF1SpaceJoined()))
        .put("tokenF1", round(scores.tokenF1()))
        .put("posAccuracy", round(scores.posAccuracy()))
        .put("lemmaAccuracy", round(scores.lemmaAccuracy()))
        .put("lemmaAccuracyGoldPos", round(scores.lemmaAccuracyGoldPos()));

    JSON.writeValue(file.toFile(), root);
  }

  private static ObjectNode describe(UdFile file) {
    Treebank treebank = Treebank.ofFile(file.fileName());
    return JSON.createObjectNode()
        .put("file", file.fileName())
        .put("sha256", file.sha256())
        .put("treebank", treebank.title())
        .put("license", treebank.license())
        .put("sentences", file.sentences().size())
        .put("words", file.wordCount());
  }

  static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}
