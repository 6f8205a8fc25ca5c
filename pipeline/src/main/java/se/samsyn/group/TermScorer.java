package se.samsyn.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import se.samsyn.core.TermFeatures;

/**
 * A trained {@link LogisticClassifier} compiled for scoring: every term, written word and pair a text
 * can have gets its vector of per-principle weights once, the sum of its {@link ClassifierFeatures}
 * parts times their rarity weights (a term gets two: the parts divided by √(number of terms) and the
 * name and seed counts, which are not). A batch of texts is then scored by {@link LinearModel} over
 * rows of one or two entries per term, word and known pair, and the bias: no feature names are looked
 * up per statement.
 */
final class TermScorer implements PrincipleClassifier.Model {
  /** The weights of a term, word or pair, one vector per scale, and whether any of its features was trained. */
  private record Vectors(float[][] byScale, boolean known) {}

  private final ClassifierFeatures features;
  private final Vocabulary vocabulary;
  private final LinearClassifier weights;
  private final float[] rarity;
  private final int bias;
  private final InPassage.Pooling pooling;
  private final Calibration calibration;
  private final int evidenceTerms;
  private final Map<String, Vectors> compiled = new ConcurrentHashMap<>();

  /** @param rarity per feature id below {@code bias}, what its value was multiplied by in training */
  TermScorer(ClassifierFeatures features, Vocabulary vocabulary, LinearClassifier weights, float[] rarity, int bias,
      InPassage.Pooling pooling, Calibration calibration, int evidenceTerms) {
    this.features = features;
    this.vocabulary = vocabulary;
    this.weights = weights;
    this.rarity = rarity;
    this.bias = bias;
    this.pooling = pooling;
    this.calibration = calibration;
    this.evidenceTerms = evidenceTerms;
  }

  /** The same model with its probabilities at another calibration. */
  TermScorer at(Calibration other) {
    return new TermScorer(features, vocabulary, weights, rarity, bias, pooling, other, evidenceTerms);
  }

  /** The compiled vectors of a term, word or pair, its parts found only the first time it is met. */
  private Vectors vectors(String key, Supplier<List<ClassifierFeatures.Part>> partsOfKey) {
    return compiled.computeIfAbsent(key, k -> {
      List<ClassifierFeatures.Part> parts = partsOfKey.get();
      int width = weights.principles();
      float[][] byScale = new float[ClassifierFeatures.Scale.values().length][width];
      boolean known = false;
      for (ClassifierFeatures.Part part : parts) {
        int id = vocabulary.id(part.feature());
        if (id >= 0 && id < bias) {
          known = true;
          float[] into = byScale[part.scale().ordinal()];
          for (int p = 0; p < width; p++) {
            into[p] += part.value() * rarity[id] * weights.weight(id, p);
          }
        }
      }
      return new Vectors(byScale, known);
    });
  }

  @Override
  public List<PrincipleClassifier.Scored> score(List<PrincipleClassifier.Text> texts) {
    Batch batch = new Batch(weights.principles());
    boolean[] known = new boolean[texts.size()];
    SparseRows.Builder rows = new SparseRows.Builder();
    for (int r = 0; r < texts.size(); r++) {
      ClassifierFeatures.Analysed analysed = features.analyse(texts.get(r).text());
      batch.startRow();
      for (TermFeatures.Positioned term : analysed.terms()) {
        String name = term.term();
        String key = "t|" + name;
        known[r] |= batch.add(key, name, vectors(key, () -> features.termParts(name)), analysed);
      }
      for (String word : analysed.words()) {
        // a written word's grams count, but evidence names lemmas (and no function word such as "och")
        String key = "w|" + word;
        known[r] |= batch.add(key, "", vectors(key, () -> ClassifierFeatures.wordParts(word)), analysed);
      }
      for (String pair : analysed.pairs()) {
        known[r] |= batch.add(pair, pair.substring(2).replace('_', ' '),
            vectors(pair, () -> List.of(new ClassifierFeatures.Part(pair, 1f, ClassifierFeatures.Scale.PAIRS))), analysed);
      }
      batch.endRow(rows);
    }
    SparseRows scoredRows = rows.build();
    LinearClassifier model = batch.classifier();
    int width = weights.principles();
    double[] probabilities = new double[texts.size() * width];
    LinearModel.probabilities(model, scoredRows, null, InPassage.passages(texts), pooling, calibration, probabilities);
    List<PrincipleClassifier.Scored> out = new ArrayList<>(texts.size());
    for (int r = 0; r < texts.size(); r++) {
      int row = r;
      out.add(new PrincipleClassifier.Scored(Arrays.copyOfRange(probabilities, r * width, (r + 1) * width), known[r],
          p -> evidence(model, scoredRows, row, p, batch.names)));
    }
    return out;
  }

  /** The columns of one batch: the bias, then one per scale that a term, word or pair of the batch has weight in. */
  private final class Batch {
    private final int width;
    private final Map<String, int[]> columns = new HashMap<>();
    private final List<float[]> columnWeights = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private int[] ids = new int[64];
    private float[] values = new float[64];
    private int n;

    Batch(int width) {
      this.width = width;
      float[] biasWeights = new float[width];
      for (int p = 0; p < width; p++) {
        biasWeights[p] = weights.weight(bias, p);
      }
      columnWeights.add(biasWeights);
      names.add("");
    }

    void startRow() {
      n = 0;
      put(0, 1f);
    }

    /** Adds a term, word or pair to the row; true when any of its features was trained. */
    boolean add(String key, String name, Vectors vectors, ClassifierFeatures.Analysed analysed) {
      if (!vectors.known()) {
        return false;
      }
      int[] byScale = columns.computeIfAbsent(key, k -> {
        int[] at = new int[vectors.byScale().length];
        for (int s = 0; s < at.length; s++) {
          at[s] = isZero(vectors.byScale()[s]) ? -1 : columnWeights.size();
          if (at[s] >= 0) {
            columnWeights.add(vectors.byScale()[s]);
            names.add(name);
          }
        }
        return at;
      });
      for (ClassifierFeatures.Scale scale : ClassifierFeatures.Scale.values()) {
        if (byScale[scale.ordinal()] >= 0) {
          put(byScale[scale.ordinal()], ClassifierFeatures.scale(analysed, scale));
        }
      }
      return true;
    }

    private void put(int column, float value) {
      if (n == ids.length) {
        ids = Arrays.copyOf(ids, n * 2);
        values = Arrays.copyOf(values, n * 2);
      }
      ids[n] = column;
      values[n++] = value;
    }

    void endRow(SparseRows.Builder rows) {
      rows.add(Arrays.copyOf(ids, n), Arrays.copyOf(values, n));
    }

    LinearClassifier classifier() {
      float[] matrix = new float[columnWeights.size() * width];
      for (int c = 0; c < columnWeights.size(); c++) {
        System.arraycopy(columnWeights.get(c), 0, matrix, c * width, width);
      }
      return new LinearClassifier(width, columnWeights.size(), matrix);
    }
  }

  private static boolean isZero(float[] vector) {
    for (float v : vector) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  /** The terms and pairs of the text that speak most for the principle. */
  private List<String> evidence(LinearClassifier model, SparseRows rows, int row, int principle, List<String> names) {
    LinkedHashSet<String> terms = new LinkedHashSet<>();
    int entries = rows.offsets()[row + 1] - rows.offsets()[row];
    for (int column : model.topTerms(rows, row, principle, entries)) {
      if (!names.get(column).isEmpty()) {
        terms.add(names.get(column));
      }
      if (terms.size() == evidenceTerms) {
        break;
      }
    }
    return List.copyOf(terms);
  }
}
