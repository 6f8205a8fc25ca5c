package se.samsyn.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import se.samsyn.models.Codebook;

/**
 * The {@code classifier} method: scores texts against every principle of the codebook with
 * multinomial naive Bayes over the distinct lemmas and compound parts of each text. Training
 * statements are the principle's codebook text (each name, alias and seed term, and the Swedish
 * definition, as pseudo-statements of weight {@link GroupingSettings#codebookWeight()}) and the
 * labelled examples (shipped examples, the statements the material's own structure labelled,
 * {@code --learn-from}); a statement with several principles counts as a share of each. A text
 * is read in its context: its scores are averaged with those of the texts just before and after
 * it in the same passage, which weigh {@link #CONTEXT_WEIGHT} (a sentence such as "Då blir det
 * lättare att jämföra" says little on its own). Scores are calibrated to probabilities on the
 * examples, each scored alone and as if left out of training; the average keeps texts in a passage
 * on that same scale.
 */
public final class PrincipleClassifier {
  /**
   * Added to the log-likelihood of a principle the text names as a principle ("Principen om
   * långsiktighet ger …"): naming it is the most direct cue a text can give (a likelihood factor of
   * e³ ≈ 20 before calibration).
   */
  private static final float MENTION_BONUS = 3f;

  /** How much a neighbouring text of the same passage counts, relative to the text itself. */
  private static final float CONTEXT_WEIGHT = 0.5f;

  /**
   * A text to score. Texts next to each other in the list with the same non-empty context key (see
   * {@link GroupingInput#contextKey()}) are read as each other's context.
   */
  public record Text(String text, String contextKey) {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(contextKey, "contextKey");
    }
  }

  /** A text with the principles it is known to speak to. */
  public record Example(String text, List<String> principleIds) {
    public Example {
      principleIds = List.copyOf(principleIds);
    }
  }

  /**
   * The outcome for one text: probability per principle (codebook order), whether any of its terms
   * was seen in training, and the evidence for a principle, worked out only when asked for.
   */
  public static final class Scored {
    private final double[] probabilities;
    private final boolean anyKnownTerm;
    private final IntFunction<List<String>> evidence;

    Scored(double[] probabilities, boolean anyKnownTerm, IntFunction<List<String>> evidence) {
      this.probabilities = probabilities;
      this.anyKnownTerm = anyKnownTerm;
      this.evidence = evidence;
    }

    public double[] probabilities() {
      return probabilities;
    }

    public boolean anyKnownTerm() {
      return anyKnownTerm;
    }

    /** The principle named as such, then the terms that add most to its score. */
    public List<String> evidence(int principle) {
      return evidence.apply(principle);
    }
  }

  private final Codebook codebook;
  private final TermFeatures features;
  private final PrincipleNames names;
  private final GroupingSettings settings;

  public PrincipleClassifier(Codebook codebook, TermFeatures features, GroupingSettings settings) {
    this.codebook = codebook;
    this.features = features;
    this.names = new PrincipleNames(codebook);
    this.settings = settings;
  }

  /** Trains on the examples and scores the texts. */
  public List<Scored> scoreAll(List<Example> examples, List<Text> texts) {
    List<Codebook.Principle> principles = codebook.principles();
    Vocabulary vocabulary = new Vocabulary();
    List<int[]> codebookTerms = new ArrayList<>();
    List<Integer> codebookPrinciple = new ArrayList<>();
    for (int p = 0; p < principles.size(); p++) {
      for (String text : principles.get(p).trainingTexts()) {
        codebookTerms.add(distinct(vocabulary.addAll(features.terms(text))));
        codebookPrinciple.add(p);
      }
    }
    List<int[]> exampleTerms = examples.stream().map(e -> distinct(vocabulary.addAll(features.terms(e.text())))).toList();
    List<int[]> textTerms = texts.stream().map(t -> distinct(vocabulary.addAll(features.terms(t.text())))).toList();

    NaiveBayes counts = new NaiveBayes(vocabulary.size(), principles.size());
    for (int i = 0; i < codebookTerms.size(); i++) {
      float[] weights = new float[principles.size()];
      weights[codebookPrinciple.get(i)] = (float) settings.codebookWeight();
      counts.add(codebookTerms.get(i), weights);
    }
    List<float[]> exampleWeights = examples.stream().map(this::shares).toList();
    for (int i = 0; i < examples.size(); i++) {
      counts.add(exampleTerms.get(i), exampleWeights.get(i));
    }
    LinearClassifier model = counts.classifier();
    Calibration calibration = calibrate(counts, examples, exampleTerms, exampleWeights);

    SparseRows rows = presence(textTerms);
    float[][] bonus = new float[rows.rows()][principles.size()];
    List<List<String>> named = new ArrayList<>();
    for (int r = 0; r < rows.rows(); r++) {
      named.add(names.mentioned(texts.get(r).text()));
      for (String id : named.get(r)) {
        bonus[r][index(id)] = MENTION_BONUS;
      }
    }
    int width = principles.size();
    double[] probabilities = new double[rows.rows() * width];
    probabilities(model, rows, bonus, passages(texts), calibration, probabilities);
    List<Scored> out = new ArrayList<>();
    for (int r = 0; r < rows.rows(); r++) {
      int row = r;
      boolean known = !named.get(r).isEmpty() || Arrays.stream(textTerms.get(r)).anyMatch(counts::seen);
      out.add(new Scored(Arrays.copyOfRange(probabilities, r * width, (r + 1) * width), known, p -> {
        List<String> terms = new ArrayList<>();
        if (named.get(row).contains(principles.get(p).id())) {
          terms.add("principen om " + principles.get(p).nameSv().toLowerCase(Locale.ROOT));
        }
        for (int term : model.topTerms(rows, row, p, settings.evidenceTerms())) {
          terms.add(vocabulary.term(term));
        }
        return terms;
      }));
    }
    return out;
  }

  /**
   * The array core of scoring, which the benchmarks measure: each row's score for every principle
   * (the sum of its terms' weights) is averaged with those of the rows just before and after it in
   * the same passage ({@code passage[r]}; -1 for none), which weigh {@link #CONTEXT_WEIGHT}, then
   * {@code bonus[r]} is added when given, and the scores are turned into probabilities by the
   * calibration, into {@code out} (row-major: row r's probabilities start at
   * {@code r * model.principles()}).
   */
  public static void probabilities(LinearClassifier model, SparseRows rows, float[][] bonus, int[] passage,
      Calibration calibration, double[] out) {
    int principles = model.principles();
    float[] previous = new float[principles];
    float[] own = new float[principles];
    float[] next = new float[principles];
    float[] mean = new float[principles];
    if (rows.rows() > 0) {
      model.score(rows, 0, next);
    }
    for (int r = 0; r < rows.rows(); r++) {
      float[] done = previous;
      previous = own;
      own = next;
      next = done;
      if (r + 1 < rows.rows()) {
        model.score(rows, r + 1, next);
      }
      boolean before = r > 0 && sharePassage(passage, r, r - 1);
      boolean after = r + 1 < rows.rows() && sharePassage(passage, r, r + 1);
      float weight = 1 + (before ? CONTEXT_WEIGHT : 0) + (after ? CONTEXT_WEIGHT : 0);
      // a weighted mean, so that a text in a passage is as confident as one alone, as calibrated;
      // a principle the text names is its own cue, not its neighbours'
      for (int p = 0; p < principles; p++) {
        float context = (before ? CONTEXT_WEIGHT * previous[p] : 0) + (after ? CONTEXT_WEIGHT * next[p] : 0);
        mean[p] = (own[p] + context) / weight + (bonus == null ? 0 : bonus[r][p]);
      }
      calibration.probabilities(mean, out, r * principles);
    }
  }

  private static boolean sharePassage(int[] passage, int r, int neighbour) {
    return passage[r] >= 0 && passage[r] == passage[neighbour];
  }

  /** A number per context key, -1 for none: texts next to each other with the same number read each other. */
  private static int[] passages(List<Text> texts) {
    Map<String, Integer> numbers = new HashMap<>();
    int[] passage = new int[texts.size()];
    for (int r = 0; r < texts.size(); r++) {
      String key = texts.get(r).contextKey();
      passage[r] = key.isEmpty() ? -1 : numbers.computeIfAbsent(key, k -> numbers.size());
    }
    return passage;
  }

  /** How much an example belongs to each principle: an equal share of each of its known principles. */
  private float[] shares(Example example) {
    float[] weights = new float[codebook.principles().size()];
    List<Integer> known = example.principleIds().stream().map(this::index).filter(p -> p >= 0).toList();
    known.forEach(p -> weights[p] = 1f / known.size());
    return weights;
  }

  /** Calibrates on the single-principle examples, each scored as if it had not been counted. */
  private Calibration calibrate(NaiveBayes counts, List<Example> examples, List<int[]> terms, List<float[]> weights) {
    List<float[]> scores = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).principleIds().size() == 1 && index(examples.get(i).principleIds().get(0)) >= 0
          && terms.get(i).length > 0) {
        float[] s = new float[codebook.principles().size()];
        counts.scoreWithout(terms.get(i), weights.get(i), s);
        scores.add(s);
        truth.add(index(examples.get(i).principleIds().get(0)));
      }
    }
    return Calibration.fit(scores, truth.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int[] distinct(int[] terms) {
    return Arrays.stream(terms).distinct().sorted().toArray();
  }

  /** Rows of weight 1 per distinct term. */
  private static SparseRows presence(List<int[]> texts) {
    SparseRows.Builder rows = new SparseRows.Builder();
    for (int[] terms : texts) {
      float[] ones = new float[terms.length];
      Arrays.fill(ones, 1f);
      rows.add(terms, ones);
    }
    return rows.build();
  }

  private int index(String principleId) {
    List<Codebook.Principle> principles = codebook.principles();
    for (int p = 0; p < principles.size(); p++) {
      if (principles.get(p).id().equals(principleId)) {
        return p;
      }
    }
    return -1;
  }
}
