package se.samsyn.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.samsyn.models.Codebook;

/**
 * Regularised multinomial logistic regression over {@link ClassifierFeatures} ({@code logistic}):
 * lemmas and compound parts, their character n-grams, counts of principle names and seed terms, and
 * pairs of neighbouring lemmas. A trained model scores texts through per-term vectors ({@link TermScorer}).
 * Each example weighs its source's weight ({@link Settings}) times a class-balancing factor, so that
 * a principle with few examples counts as much as one with many. Scores are turned into
 * probabilities by a softmax at the settings' temperature. The settings are chosen by nested
 * leave-one-document-out evaluation ({@code samsyn eval}, GROUPING.md), never on the figures reported.
 */
public final class LogisticClassifier implements PrincipleClassifier {
  /**
   * @param c               inverse strength of the L2 penalty (as in liblinear and scikit-learn)
   * @param codebookWeight  weight of a codebook example (a shipped example weighs 1)
   * @param materialWeight  weight of a statement the material's structure labelled, of one learned from an earlier run,
   *                        or of one the model's first reading of the material was sure of
   * @param humanWeight     weight of an analyst's coding
   * @param nameValue       value of a word of a principle's name among the features (a seed term's is 1)
   * @param pooling         how a text's neighbours in its passage count
   * @param temperature     softmax temperature of the probabilities
   */
  public record Settings(double c, double codebookWeight, double materialWeight, double humanWeight,
      double nameValue, InPassage.Pooling pooling, double temperature) {
    public Settings {
      if (!(c > 0) || codebookWeight < 0 || materialWeight < 0 || humanWeight < 0 || !(nameValue > 0)
          || pooling == null || !(temperature > 0)) {
        throw new IllegalArgumentException("logistic classifier settings out of range: " + this);
      }
    }

    public Settings withTemperature(double t) {
      return new Settings(c, codebookWeight, materialWeight, humanWeight, nameValue, pooling, t);
    }

    double weight(Source source) {
      return switch (source) {
        case CODEBOOK -> codebookWeight;
        case SHIPPED -> 1;
        case STRUCTURE, LEARNED, ADAPTED -> materialWeight;
        case HUMAN -> humanWeight;
      };
    }
  }

  /**
   * How the weights are fitted to the examples, with the settings {@code samsyn eval} chose for each
   * on all development documents (see GROUPING.md).
   */
  public enum Solver {
    /** One multinomial (softmax) model, by OpenNLP's quasi-Newton minimiser ({@link LogisticRegression}). */
    MULTINOMIAL("logistic", new Settings(1, 1, 4, 4, 2, InPassage.Pooling.MIXTURE, 0.694)),
    /** One binary model per principle, each by liblinear's trust-region Newton method to convergence ({@link OneVsRestLogistic}). */
    ONE_VS_REST("liblinear-logistic", new Settings(3, 1, 4, 4, 2, InPassage.Pooling.PRODUCT, 2.647));

    private final String classifierName;
    private final Settings defaults;

    Solver(String classifierName, Settings defaults) {
      this.classifierName = classifierName;
      this.defaults = defaults;
    }

    public Settings defaults() {
      return defaults;
    }

    LinearClassifier train(SparseRows rows, int features, int classes, float[] targets, float[] weights, double lambda) {
      return this == MULTINOMIAL ? LogisticRegression.train(rows, features, classes, targets, weights, lambda)
          : OneVsRestLogistic.train(rows, features, classes, targets, weights, lambda);
    }
  }

  /** How probable a principle must be in the first reading for a text to join the examples: more than all others together. */
  private static final double SURE = 0.5;

  /**
   * The first reading reads at most about this many texts, whole passages evenly spread over a larger
   * batch: it has to find at most {@value Examples#MATERIAL_EXAMPLES_PER_PRINCIPLES} sure ones per principle,
   * and so a run of a million statements reads them about once, not twice.
   */
  public static final int FIRST_READING_TEXTS = 50_000;

  private final Codebook codebook;
  private final ClassifierFeatures features;
  private final Solver solver;
  private final Settings settings;
  private final int evidenceTerms;

  public LogisticClassifier(Codebook codebook, ClassifierFeatures features, Solver solver, Settings settings,
      int evidenceTerms) {
    this.codebook = codebook;
    this.features = features;
    this.solver = solver;
    this.settings = settings;
    this.evidenceTerms = evidenceTerms;
  }

  @Override
  public String name() {
    return solver.classifierName;
  }

  @Override
  public boolean readsPassages() {
    return true;
  }

  public Settings settings() {
    return settings;
  }

  /** The same classifier with other settings. */
  public LogisticClassifier with(Settings other) {
    return new LogisticClassifier(codebook, features, solver, other, evidenceTerms);
  }

  /**
   * Trains on the examples, for a model that reads the material twice: the texts its first reading
   * (of at most about {@value #FIRST_READING_TEXTS}, whole passages evenly spread) gives one principle
   * with probability at least {@link #SURE} (at temperature 1, whatever the calibration) join the
   * examples as {@link Source#ADAPTED}, weighing as structure-labelled statements do and as many per
   * principle as those may, and a model trained again reads them all. Words of the material that
   * occur beside a principle's vocabulary (a workshop's own terms) thus come to speak for that
   * principle too. A sure text is among the examples of the model that reads it again, which makes it
   * surer still (see GROUPING.md for what that costs in calibration). When nothing is sure, the first
   * model reads them again at the settings' temperature.
   */
  @Override
  public Model train(List<Example> examples) {
    TermScorer first = fit(examples, new Calibration(1));
    return texts -> {
      int[] read = InPassage.evenlySpread(InPassage.passageNumbers(texts), FIRST_READING_TEXTS);
      List<Scored> firstReading = first.score(Arrays.stream(read).mapToObj(texts::get).toList());
      List<Example> sure = new ArrayList<>();
      for (int i = 0; i < read.length; i++) {
        Scored scored = firstReading.get(i);
        if (scored.anyKnownTerm() && scored.probabilities()[scored.best()] >= SURE) {
          sure.add(new Example(texts.get(read[i]).text(), List.of(codebook.principles().get(scored.best()).id()),
              Source.ADAPTED));
        }
      }
      Calibration calibration = new Calibration(settings.temperature());
      if (sure.isEmpty()) {
        return first.at(calibration).score(texts); // trained again on the same examples, it would be the same model
      }
      List<Example> adapted = new ArrayList<>(examples);
      adapted.addAll(Examples.atMostPerPrinciples(sure, Examples.MATERIAL_EXAMPLES_PER_PRINCIPLES));
      return fit(adapted, calibration).score(texts);
    };
  }

  private TermScorer fit(List<Example> examples, Calibration calibration) {
    int classes = codebook.principles().size();
    Vocabulary vocabulary = new Vocabulary();
    ClassifierFeatures features = this.features.withNameValue((float) settings.nameValue());
    List<Map<String, Float>> featureMaps = examples.stream().map(e -> features.of(e.text())).toList();
    featureMaps.forEach(map -> map.keySet().forEach(vocabulary::add));
    int bias = vocabulary.size();
    // rarity: the smoothed inverse document frequency of each feature among the examples
    int[] df = new int[bias];
    featureMaps.forEach(map -> map.keySet().forEach(f -> df[vocabulary.id(f)]++));
    float[] idf = new float[bias];
    for (int f = 0; f < bias; f++) {
      String name = vocabulary.term(f);
      idf[f] = ClassifierFeatures.weighedByRarity(name) ? (float) (Math.log((1.0 + examples.size()) / (1.0 + df[f])) + 1) : 1f;
    }
    SparseRows.Builder rows = new SparseRows.Builder();
    float[] targets = new float[examples.size() * classes];
    float[] weights = new float[examples.size()];
    double[] classTotals = new double[classes];
    for (int i = 0; i < examples.size(); i++) {
      float[] shares = Examples.shares(codebook, examples.get(i));
      System.arraycopy(shares, 0, targets, i * classes, classes);
      weights[i] = (float) settings.weight(examples.get(i).source());
      for (int k = 0; k < classes; k++) {
        classTotals[k] += weights[i] * shares[k];
      }
      addRow(rows, featureMaps.get(i), vocabulary, bias, idf);
    }
    balance(targets, weights, classTotals);
    LinearClassifier model = solver.train(rows.build(), bias + 1, classes, targets, weights, 1 / settings.c());
    return new TermScorer(features, vocabulary, model, idf, bias, settings.pooling(), calibration, evidenceTerms);
  }

  /** Multiplies each example's weight so that every principle with examples has the same total weight. */
  private static void balance(float[] targets, float[] weights, double[] classTotals) {
    int classes = classTotals.length;
    double mean = Arrays.stream(classTotals).filter(t -> t > 0).average().orElse(1);
    for (int i = 0; i < weights.length; i++) {
      double factor = 0;
      for (int k = 0; k < classes; k++) {
        factor += targets[i * classes + k] * (classTotals[k] > 0 ? mean / classTotals[k] : 0);
      }
      weights[i] *= (float) factor;
    }
  }

  /** A row of the known features of a text and the bias. */
  private static void addRow(SparseRows.Builder rows, Map<String, Float> featureMap, Vocabulary vocabulary, int bias, float[] idf) {
    int[] ids = new int[featureMap.size() + 1];
    float[] values = new float[featureMap.size() + 1];
    int n = 0;
    for (Map.Entry<String, Float> feature : featureMap.entrySet()) {
      ids[n] = vocabulary.id(feature.getKey());
      values[n] = feature.getValue() * idf[ids[n]];
      n++;
    }
    ids[n] = bias;
    values[n++] = 1f;
    rows.add(ids, values);
  }
}
