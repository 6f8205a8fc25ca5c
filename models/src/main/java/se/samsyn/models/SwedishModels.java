package se.samsyn.models;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Swedish OpenNLP models shipped on the classpath (trained from Universal Dependencies
 * treebanks by {@code models/train}; see {@code models/README.md}).
 *
 * <p>Each model is read from the classpath on first use and then shared: OpenNLP models are
 * immutable and thread-safe, the {@code *ME} tools built from them are not, so create one tool per
 * thread. Reading a model that is missing or broken throws {@link ModelLoadingException}.
 */
public final class SwedishModels {

  /** Classpath folder of the models and their {@code manifest.json}, without leading slash. */
  public static final String RESOURCE_FOLDER = "se/samsyn/models/sv/";

  /** The four models. */
  public enum Kind {
    SENTENCE("sv-sent.bin"),
    TOKENIZER("sv-token.bin"),
    POS("sv-pos.bin"),
    LEMMATIZER("sv-lemma.bin");

    private final String fileName;

    Kind(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }
  }

  private static final Lazy<SentenceModel> SENTENCE =
      new Lazy<>(() -> read(Kind.SENTENCE, SentenceModel::new));
  private static final Lazy<TokenizerModel> TOKENIZER =
      new Lazy<>(() -> read(Kind.TOKENIZER, TokenizerModel::new));
  private static final Lazy<POSModel> POS =
      new Lazy<>(() -> read(Kind.POS, POSModel::new));
  private static final Lazy<LemmatizerModel> LEMMATIZER =
      new Lazy<>(() -> read(Kind.LEMMATIZER, LemmatizerModel::new));
  private static final Lazy<JsonNode> MANIFEST = new Lazy<>(SwedishModels::readManifest);

  private SwedishModels() {
  }

  public static SentenceModel sentenceModel() {
    return SENTENCE.get();
  }

  public static TokenizerModel tokenizerModel() {
    return TOKENIZER.get();
  }

  public static POSModel posModel() {
    return POS.get();
  }

  public static LemmatizerModel lemmatizerModel() {
    return LEMMATIZER.get();
  }

  /** The model version recorded in {@code manifest.json}, e.g. {@code sv-ud-1}. */
  public static String version() {
    JsonNode version = MANIFEST.get().path("modelVersion");
    if (!version.isTextual()) {
      throw new ModelLoadingException("cannot read the model version from classpath resource "
          + RESOURCE_FOLDER + "manifest.json: no \"modelVersion\" text field", null);
    }
    return version.asText();
  }

  /**
   * SHA-256 of each model file as {@code manifest.json} records it, by file name in {@link Kind}
   * order ({@code sv-sent.bin} first), for run manifests.
   */
  public static Map<String, String> checksums() {
    Map<String, String> checksums = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      checksums.put(kind.fileName(),
          MANIFEST.get().path("models").path(kind.fileName()).path("sha256").asText(""));
    }
    return checksums;
  }

  /**
   * The classpath resource name of a model, e.g. {@code se/samsyn/models/sv/sv-pos.bin}, for
   * loaders that open models by resource name (such as Lucene's OpenNLP analysis factories).
   */
  public static String resourcePath(Kind kind) {
    return RESOURCE_FOLDER + kind.fileName();
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T read(Kind kind, ModelReader<T> reader) {
    String path = resourcePath(kind);
    try (InputStream in = open(path)) {
      return reader.read(new BufferedInputStream(in));
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadingException("cannot read the Swedish "
          + kind.name().toLowerCase(Locale.ROOT) + " model from classpath resource " + path + ": "
          + e.getMessage(), e);
    }
  }

  private static JsonNode readManifest() {
    String path = RESOURCE_FOLDER + "manifest.json";
    try (InputStream in = open(path)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new ModelLoadingException("cannot read the model manifest from classpath resource "
          + path + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(String path) throws IOException {
    InputStream in = SwedishModels.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("resource not found (is samsyn-models on the classpath?)");
    }
    return in;
  }
}
