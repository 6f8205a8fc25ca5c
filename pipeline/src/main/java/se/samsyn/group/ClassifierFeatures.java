package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.samsyn.core.TermFeatures;
import se.samsyn.models.Codebook;

/**
 * The features of {@link LogisticClassifier}, in groups that generalise beyond the words seen in
 * training:
 * <ul>
 *   <li>{@code t:} the analysed terms (lemmas and compound parts: {@code kvalitetsarbetet} →
 *       kvalitetsarbete, kvalitet, arbete);
 *   <li>{@code c:} character 3- to 5-grams of each written word (typos, unseen inflections and
 *       compounds), a word's grams together weighing as much as one word;
 *   <li>{@code w:} each written word itself, lower case (a form can mean more than its lemma);
 *   <li>{@code n:} per principle, two for each term that is a word of its Swedish name or aliases,
 *       and {@code s:} one for each of its seed terms: counts, so that naming a principle twice weighs
 *       more than once;
 *   <li>{@code b:} pairs of terms of neighbouring words.
 * </ul>
 * Terms are divided by √(number of terms), grams and words by √(number of words), pairs by √(number of pairs),
 * so a long text and a short one weigh alike; name and seed counts are not divided. A text's
 * features are thus a sum of per-term, per-word and per-pair parts, which is how a trained model
 * scores fast ({@link TermScorer}). The analysis of a text is remembered, as evaluation trains many
 * models on the same texts.
 */
public final class ClassifierFeatures {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_GRAM = 3;
  private static final int MAX_GRAM = 5;
  private static final int CACHE_LIMIT = 200_000;

  /** What a feature of a part is divided by: the text's √(number of) terms, words or pairs, or nothing. */
  enum Scale { TERMS, WORDS, PAIRS, NONE }

  /** A feature of a term, word or pair, with its value before the text's scale. */
  record Part(String feature, float value, Scale scale) {}

  /** A text as the features see it: its terms with positions and its written words, lower case. */
  record Analysed(List<TermFeatures.Positioned> terms, List<String> words, List<String> pairs) {}

  private final TermFeatures terms;
  private final List<String> principleIds;
  private final List<Set<String>> nameTerms;
  private final float nameValue;
  private final List<Set<String>> seedTerms;
  private final Map<String, Analysed> cache;

  /** A word of a principle's name is worth 2 and a seed term 1 (see {@link #withNameValue}). */
  public ClassifierFeatures(Codebook codebook, TermFeatures terms) {
    this.terms = terms;
    this.principleIds = codebook.principles().stream().map(Codebook.Principle::id).toList();
    this.nameTerms = codebook.principles().stream()
        .map(p -> termsOf(Stream.concat(Stream.of(p.nameSv()), p.aliases().stream()).toList())).toList();
    this.seedTerms = codebook.principles().stream().map(p -> termsOf(p.seedTerms())).toList();
    this.nameValue = 2f;
    this.cache = new ConcurrentHashMap<>();
  }

  private ClassifierFeatures(ClassifierFeatures other, float nameValue) {
    this.terms = other.terms;
    this.principleIds = other.principleIds;
    this.nameTerms = other.nameTerms;
    this.seedTerms = other.seedTerms;
    this.nameValue = nameValue;
    this.cache = other.cache;
  }

  /**
   * The same features with each word of a principle's name worth {@code value} (a seed term is worth
   * 1): under the same penalty, the more it is worth the more a principle's own name can weigh
   * against every other cue. The analysis of texts is shared.
   */
  ClassifierFeatures withNameValue(float value) {
    return value == nameValue ? this : new ClassifierFeatures(this, value);
  }

  private Set<String> termsOf(List<String> texts) {
    Set<String> set = new HashSet<>();
    texts.forEach(text -> set.addAll(terms.terms(text)));
    return set;
  }

  Analysed analyse(String text) {
    Analysed analysed = cache.get(text);
    if (analysed == null) {
      List<TermFeatures.Positioned> positioned = terms.positioned(text);
      List<String> words = new ArrayList<>();
      Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (word.find()) {
        words.add(word.group());
      }
      analysed = new Analysed(positioned, words, pairs(positioned));
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(text, analysed);
    }
    return analysed;
  }

  /** The features a term contributes wherever it occurs. */
  List<Part> termParts(String term) {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part("t:" + term, 1f, Scale.TERMS));
    for (int p = 0; p < principleIds.size(); p++) {
      if (nameTerms.get(p).contains(term)) {
        parts.add(new Part("n:" + principleIds.get(p), nameValue, Scale.NONE));
      }
      if (seedTerms.get(p).contains(term)) {
        parts.add(new Part("s:" + principleIds.get(p), 1f, Scale.NONE));
      }
    }
    return parts;
  }

  /** The character n-grams and the word feature a written word contributes wherever it occurs. */
  static List<Part> wordParts(String word) {
    String marked = "<" + word + ">";
    List<String> grams = new ArrayList<>();
    for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (int at = 0; at + n <= marked.length(); at++) {
        grams.add("c:" + marked.substring(at, at + n));
      }
    }
    float value = scale(grams.size());
    List<Part> parts = new ArrayList<>(grams.stream().map(gram -> new Part(gram, value, Scale.WORDS)).toList());
    parts.add(new Part("w:" + word, 1f, Scale.WORDS));
    return parts;
  }

  /** The pair features of neighbouring words, in text order. */
  private static List<String> pairs(List<TermFeatures.Positioned> terms) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      TermFeatures.Positioned term = terms.get(i);
      for (int j = i + 1; j < terms.size() && terms.get(j).position() <= term.position() + 1; j++) {
        if (terms.get(j).position() == term.position() + 1) {
          pairs.add("b:" + term.term() + "_" + terms.get(j).term());
        }
      }
    }
    return pairs;
  }

  /** Feature name → value, for training; empty for a text without words. */
  Map<String, Float> of(String text) {
    Analysed analysed = analyse(text);
    Map<String, Float> features = new LinkedHashMap<>();
    for (TermFeatures.Positioned term : analysed.terms()) {
      termParts(term.term()).forEach(part -> add(part, analysed, features));
    }
    for (String word : analysed.words()) {
      wordParts(word).forEach(part -> add(part, analysed, features));
    }
    analysed.pairs().forEach(pair -> add(new Part(pair, 1f, Scale.PAIRS), analysed, features));
    return features;
  }

  private static void add(Part part, Analysed analysed, Map<String, Float> features) {
    features.merge(part.feature(), part.value() * scale(analysed, part.scale()), Float::sum);
  }

  /** What a part of this scale is multiplied by in this text. */
  static float scale(Analysed analysed, Scale scale) {
    return switch (scale) {
      case TERMS -> scale(analysed.terms().size());
      case WORDS -> scale(analysed.words().size());
      case PAIRS -> scale(analysed.pairs().size());
      case NONE -> 1f;
    };
  }

  private static float scale(int count) {
    return count == 0 ? 0 : (float) (1 / Math.sqrt(count));
  }

  /** Name and seed counts are not weighed by how rare they are: they are the codebook's own cue. */
  static boolean weighedByRarity(String feature) {
    return !feature.startsWith("n:") && !feature.startsWith("s:");
  }
}
