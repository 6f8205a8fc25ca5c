package se.samsyn.models;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of Samsyn's part-of-speech models ({@link #DESCRIPTOR}), the same strings in the same
 * order as OpenNLP's generators of that descriptor give them, so a model scores them alike. OpenNLP
 * lower-cases a word again for each of the five windows it falls in and for its word class, through
 * a stream of code points per string (a tenth of an index build), and builds every feature string
 * anew, so the model hashes each again to look it up. Here a word's features are built once while it
 * is among the recent words (up to 4,096, about 5 MB), and the same strings, their hash codes kept,
 * go to the model each time. Like OpenNLP's generators, which cache a word's features by its token
 * array and position, it expects each position of a sentence to be asked for once, after the tags
 * before it are chosen, as greedy decoding does. Not thread-safe.
 */
public final class PosFeatures implements POSContextGenerator {
  private static final int SUFFIX_LENGTH = 6;
  /** OpenNLP's default, which the descriptor does not set. */
  private static final int PREFIX_LENGTH = 4;
  private static final int WINDOW = 2;
  /** OpenNLP's {@code pos-default-features.xml} with suffix length 6 instead of 4. */
  public static final String DESCRIPTOR = """
      <featureGenerators cache="true" name="posTagger">
        <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
          <int name="length">%1$d</int>
        </generator>
        <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">%2$d</int>
          <int name="nextLength">%2$d</int>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
        </generator>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">%2$d</int>
          <int name="nextLength">%2$d</int>
          <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
            <bool name="begin">true</bool>
            <bool name="end">false</bool>
          </generator>
        </generator>
        <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory"/>
      </featureGenerators>
      """.formatted(SUFFIX_LENGTH, WINDOW);
  /** Where {@link POSModel} keeps the descriptor (the constant there is not public). */
  private static final String DESCRIPTOR_ARTIFACT = "generator.featuregen";
  /** The sentence feature of a word at the start, one after it, two after it … (the window over "S=begin"). */
  private static final String[] SENTENCE_BEGIN = IntStream.rangeClosed(0, WINDOW)
      .mapToObj(distance -> distance == 0 ? "S=begin" : "p" + distance + "S=begin").toArray(String[]::new);
  /** Words whose features are kept: a few thousand recent ones cover most words of a text (Zipf). */
  private static final int RECENT_WORDS = 4096;

  /**
   * The features a word gives wherever it stands: its suffixes and prefixes, itself lower-cased as the
   * current word and as each neighbour before and after, its word class, itself with its class.
   */
  private record WordFeatures(String[] affixes, String asCurrent, String[] asPrevious, String[] asNext,
      String wordClass, String withWordClass) {
    static WordFeatures of(String word) {
      List<String> affixes = new ArrayList<>();
      for (int length = 1; length <= Math.min(SUFFIX_LENGTH, word.length()); length++) {
        affixes.add("suf=" + word.substring(word.length() - length));
      }
      for (int length = 1; length <= Math.min(PREFIX_LENGTH, word.length()); length++) {
        affixes.add("pre=" + word.substring(0, length));
      }
      String lowerCase = OpenNlpLowerCase.of(word);
      String[] asPrevious = new String[WINDOW];
      String[] asNext = new String[WINDOW];
      for (int distance = 1; distance <= WINDOW; distance++) {
        asPrevious[distance - 1] = "p" + distance + "w=" + lowerCase;
        asNext[distance - 1] = "n" + distance + "w=" + lowerCase;
      }
      String wordClass = FeatureGeneratorUtil.tokenFeature(word);
      return new WordFeatures(affixes.toArray(String[]::new), "w=" + lowerCase, asPrevious, asNext,
          "wc=" + wordClass, "w&c=" + lowerCase + "," + wordClass);
    }
  }

  private final RecentAnswers<String, WordFeatures> recentWords = new RecentAnswers<>(RECENT_WORDS, WordFeatures::of);
  /**
   * The "t=" feature by the previous tag and the "t2=" feature by the two previous tags: few strings,
   * kept with their hash codes. A missing previous tag gives "t2=…,null", as in OpenNLP.
   */
  private final Map<String, String> tagFeatures = new HashMap<>();
  private final Map<String, Map<String, String>> tagPairFeatures = new HashMap<>();
  private String[] sentence;
  private WordFeatures[] ofSentence;

  /** Whether the model was trained on these features. */
  public static boolean areThoseOf(POSModel model) {
    byte[] descriptor = model.getArtifact(DESCRIPTOR_ARTIFACT);
    return Arrays.equals(descriptor, DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] tags, Object[] additionalContext) {
    if (tokens != sentence) {
      sentence = tokens;
      ofSentence = new WordFeatures[tokens.length];
    }
    WordFeatures word = wordFeatures(index);
    List<String> features = new ArrayList<>(32);
    features.add("def");
    Collections.addAll(features, word.affixes());
    features.add(word.asCurrent());
    for (int distance = 1; distance <= WINDOW && index - distance >= 0; distance++) {
      features.add(wordFeatures(index - distance).asPrevious()[distance - 1]);
    }
    for (int distance = 1; distance <= WINDOW && index + distance < tokens.length; distance++) {
      features.add(wordFeatures(index + distance).asNext()[distance - 1]);
    }
    if (index <= WINDOW) {
      features.add(SENTENCE_BEGIN[index]);
    }
    features.add(word.wordClass());
    features.add(word.withWordClass());
    String tag = index >= 1 ? tags[index - 1] : null;
    if (tag != null) {
      features.add(tagFeatures.computeIfAbsent(tag, t -> "t=" + t));
    }
    if (index >= 2 && tags[index - 2] != null) {
      features.add(tagPairFeatures.computeIfAbsent(tags[index - 2], t -> new HashMap<>())
          .computeIfAbsent(String.valueOf(tag), t -> "t2=" + tags[index - 2] + "," + t));
    }
    return features.toArray(String[]::new);
  }

  private WordFeatures wordFeatures(int index) {
    if (ofSentence[index] == null) {
      ofSentence[index] = recentWords.get(sentence[index]);
    }
    return ofSentence[index];
  }
}
