package se.samsyn.models;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of Samsyn's part-of-speech models ({@link #DESCRIPTOR}), the same strings in the same
 * order as OpenNLP's generators of that descriptor give them, so a model scores them alike. OpenNLP
 * lower-cases a word again for each of the five windows it falls in and for its word class, through
 * a stream of code points per string (a tenth of an index build); here each word is lower-cased and
 * classed once per sentence. Not thread-safe.
 */
public final class PosFeatures implements POSContextGenerator {
  /** OpenNLP's {@code pos-default-features.xml} with suffix length 6 instead of 4. */
  public static final String DESCRIPTOR = """
      <featureGenerators cache="true" name="posTagger">
        <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
          <int name="length">6</int>
        </generator>
        <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
        </generator>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
            <bool name="begin">true</bool>
            <bool name="end">false</bool>
          </generator>
        </generator>
        <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory"/>
      </featureGenerators>
      """;
  /** Where {@link POSModel} keeps the descriptor (the constant there is not public). */
  private static final String DESCRIPTOR_ARTIFACT = "generator.featuregen";
  private static final int SUFFIX_LENGTH = 6;
  private static final int PREFIX_LENGTH = 4;
  private static final int WINDOW = 2;

  private String[] sentence;
  private String[] lowerCase;
  private String[] wordClass;

  /** Whether the model was trained on these features. */
  public static boolean areThoseOf(POSModel model) {
    byte[] descriptor = model.getArtifact(DESCRIPTOR_ARTIFACT);
    return Arrays.equals(descriptor, DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] tags, Object[] additionalContext) {
    if (tokens != sentence) {
      sentence = tokens;
      lowerCase = new String[tokens.length];
      wordClass = new String[tokens.length];
    }
    String word = tokens[index];
    List<String> features = new ArrayList<>(32);
    features.add("def");
    for (int length = 1; length <= Math.min(SUFFIX_LENGTH, word.length()); length++) {
      features.add("suf=" + word.substring(word.length() - length));
    }
    for (int length = 1; length <= Math.min(PREFIX_LENGTH, word.length()); length++) {
      features.add("pre=" + word.substring(0, length));
    }
    features.add("w=" + lowerCase(index));
    for (int distance = 1; distance <= WINDOW && index - distance >= 0; distance++) {
      features.add("p" + distance + "w=" + lowerCase(index - distance));
    }
    for (int distance = 1; distance <= WINDOW && index + distance < tokens.length; distance++) {
      features.add("n" + distance + "w=" + lowerCase(index + distance));
    }
    if (index == 0) {
      features.add("S=begin");
    } else if (index <= WINDOW) {
      features.add("p" + index + "S=begin"); // the first word is this far back
    }
    features.add("wc=" + wordClass(index));
    features.add("w&c=" + lowerCase(index) + "," + wordClass(index));
    String previousTag = index >= 1 ? tags[index - 1] : null;
    if (previousTag != null) {
      features.add("t=" + previousTag);
    }
    if (index >= 2 && tags[index - 2] != null) {
      features.add("t2=" + tags[index - 2] + "," + previousTag);
    }
    return features.toArray(String[]::new);
  }

  private String lowerCase(int index) {
    if (lowerCase[index] == null) {
      lowerCase[index] = OpenNlpLowerCase.of(sentence[index]);
    }
    return lowerCase[index];
  }

  private String wordClass(int index) {
    if (wordClass[index] == null) {
      wordClass[index] = FeatureGeneratorUtil.tokenFeature(sentence[index]);
    }
    return wordClass[index];
  }
}
