package se.samsyn.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.models.Codebook;

/**
 * The plain peer a data scientist would try first ({@code tfidf-logistic}): TF-IDF over character
 * 3- to 5-grams within word boundaries and over written words (scikit-learn's
 * {@code TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))} beside its word vectorizer, each
 * part scaled to unit length, smoothed IDF), then logistic regression with C = 1, every example
 * weighing 1. No Swedish analysis, no tuning; it learns from exactly the examples Samsyn's
 * classifiers learn from.
 */
public final class TfIdfLogistic implements PrincipleClassifier {
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final double C = 1;

  private final Codebook codebook;

  public TfIdfLogistic(Codebook codebook) {
    this.codebook = codebook;
  }

  @Override
  public String name() {
    return "tfidf-logistic";
  }

  @Override
  public boolean readsPassages() {
    return true;
  }

  @Override
  public Model train(List<Example> examples) {
    int classes = codebook.principles().size();
    Vocabulary vocabulary = new Vocabulary();
    List<Map<String, Float>> counts = examples.stream().map(e -> counts(e.text())).toList();
    counts.forEach(c -> c.keySet().forEach(vocabulary::add));
    int[] documentFrequency = new int[vocabulary.size()];
    counts.forEach(c -> c.keySet().forEach(f -> documentFrequency[vocabulary.id(f)]++));
    float[] idf = new float[vocabulary.size()];
    for (int f = 0; f < idf.length; f++) {
      idf[f] = (float) (Math.log((1.0 + examples.size()) / (1.0 + documentFrequency[f])) + 1);
    }
    int bias = vocabulary.size();
    SparseRows.Builder rows = new SparseRows.Builder();
    float[] targets = new float[examples.size() * classes];
    float[] weights = new float[examples.size()];
    Arrays.fill(weights, 1f);
    for (int i = 0; i < examples.size(); i++) {
      System.arraycopy(Examples.shares(codebook, examples.get(i)), 0, targets, i * classes, classes);
      addRow(rows, counts.get(i), vocabulary, idf, bias);
    }
    LinearClassifier model = LogisticRegression.train(rows.build(), bias + 1, classes, targets, weights, 1 / C);
    Calibration calibration = new Calibration(1);
    return texts -> {
      SparseRows.Builder builder = new SparseRows.Builder();
      boolean[] known = new boolean[texts.size()];
      for (int r = 0; r < texts.size(); r++) {
        known[r] = addRow(builder, counts(texts.get(r).text()), vocabulary, idf, bias);
      }
      SparseRows scored = builder.build();
      double[] probabilities = new double[scored.rows() * classes];
      LinearModel.probabilities(model, scored, null, InPassage.passages(texts), InPassage.Pooling.PRODUCT, calibration, probabilities);
      List<Scored> out = new ArrayList<>();
      for (int r = 0; r < scored.rows(); r++) {
        out.add(new Scored(Arrays.copyOfRange(probabilities, r * classes, (r + 1) * classes), known[r], p -> List.of()));
      }
      return out;
    };
  }

  /** Counts of the word features ({@code w:}) and the character n-gram features ({@code c:}) of a text. */
  private static Map<String, Float> counts(String text) {
    Map<String, Float> counts = new LinkedHashMap<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find()) {
      counts.merge("w:" + word.group(), 1f, Float::sum);
      String padded = " " + word.group() + " ";
      for (int n = 3; n <= 5; n++) {
        for (int at = 0; at + n <= padded.length(); at++) {
          counts.merge("c:" + padded.substring(at, at + n), 1f, Float::sum);
        }
      }
    }
    return counts;
  }

  /** A TF-IDF row, each of its two parts of unit length, and the bias; false when no feature is known. */
  private static boolean addRow(SparseRows.Builder rows, Map<String, Float> counts, Vocabulary vocabulary, float[] idf,
      int bias) {
    Map<Character, Double> norms = new HashMap<>();
    List<int[]> known = new ArrayList<>();
    for (Map.Entry<String, Float> entry : counts.entrySet()) {
      int id = vocabulary.id(entry.getKey());
      if (id >= 0) {
        double value = entry.getValue() * idf[id];
        norms.merge(entry.getKey().charAt(0), value * value, Double::sum);
        known.add(new int[] {id, entry.getKey().charAt(0)});
      }
    }
    int[] ids = new int[known.size() + 1];
    float[] values = new float[known.size() + 1];
    for (int i = 0; i < known.size(); i++) {
      int id = known.get(i)[0];
      ids[i] = id;
      values[i] = (float) (counts.get(vocabulary.term(id)) * idf[id] / Math.sqrt(norms.get((char) known.get(i)[1])));
    }
    ids[known.size()] = bias;
    values[known.size()] = 1f;
    rows.add(ids, values);
    return !known.isEmpty();
  }
}
