package se.samsyn.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.samsyn.core.TermFeatures;
import se.samsyn.models.Codebook;

/**
 * Multinomial naive Bayes over the distinct lemmas and compound parts of each text ({@code
 * naive-bayes}). Codebook examples weigh {@link GroupingSettings#codebookWeight()}, analysts' codings
 * {@link #HUMAN_WEIGHT}, every other example 1; a statement with several principles counts as a share of each. A text that names a
 * principle as a principle ("Principen om långsiktighet ger …") gets {@link #MENTION_BONUS} on
 * that principle. Scores are calibrated to probabilities on the non-codebook examples, each scored
 * alone and as if left out of training.
 */
public final class NaiveBayesClassifier implements PrincipleClassifier {
  /**
   * Added to the log-likelihood of a principle the text names as a principle: naming it is the most
   * direct cue a text can give (a likelihood factor of e³ ≈ 20 before calibration).
   */
  private static final float MENTION_BONUS = 3f;

  /** The weight of an analyst's coding: more than a codebook text or a labelled statement. */
  private static final float HUMAN_WEIGHT = 4f;

  private final Codebook codebook;
  private final TermFeatures features;
  private final PrincipleNames names;
  private final GroupingSettings settings;

  public NaiveBayesClassifier(Codebook codebook, TermFeatures features, GroupingSettings settings) {
    this.codebook = codebook;
    this.features = features;
    this.names = new PrincipleNames(codebook);
    this.settings = settings;
  }

  @Override
  public String name() {
    return "naive-bayes";
  }

  @Override
  public boolean readsPassages() {
    return true;
  }

  @Override
  public Model train(List<Example> examples) {
    int width = codebook.principles().size();
    Vocabulary vocabulary = new Vocabulary();
    List<int[]> exampleTerms = examples.stream().map(e -> distinct(vocabulary.addAll(features.terms(e.text())))).toList();
    NaiveBayes counts = new NaiveBayes(vocabulary.size(), width);
    List<float[]> weights = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      float[] shares = Examples.shares(codebook, example);
      float weight = switch (example.source()) {
        case CODEBOOK -> (float) settings.codebookWeight();
        case HUMAN -> HUMAN_WEIGHT;
        default -> 1f;
      };
      for (int p = 0; p < width; p++) {
        shares[p] *= weight;
      }
      weights.add(shares);
      counts.add(exampleTerms.get(i), shares);
    }
    LinearClassifier model = counts.classifier();
    Calibration calibration = calibrate(counts, examples, exampleTerms, weights);
    return texts -> score(texts, vocabulary, counts, model, calibration);
  }

  private List<Scored> score(List<Text> texts, Vocabulary vocabulary, NaiveBayes counts, LinearClassifier model,
      Calibration calibration) {
    List<Codebook.Principle> principles = codebook.principles();
    int width = principles.size();
    List<int[]> textTerms = texts.stream().map(t -> distinct(vocabulary.known(features.terms(t.text())))).toList();
    SparseRows rows = presence(textTerms);
    float[][] bonus = new float[rows.rows()][width];
    List<List<String>> named = new ArrayList<>();
    for (int r = 0; r < rows.rows(); r++) {
      named.add(names.mentioned(texts.get(r).text()));
      for (String id : named.get(r)) {
        bonus[r][codebook.indexOf(id)] = MENTION_BONUS;
      }
    }
    double[] probabilities = new double[rows.rows() * width];
    LinearModel.probabilities(model, rows, bonus, InPassage.passages(texts), InPassage.Pooling.PRODUCT, calibration, probabilities);
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

  /** Calibrates on the single-principle examples that are not codebook text, each scored as if it had not been counted. */
  private Calibration calibrate(NaiveBayes counts, List<Example> examples, List<int[]> terms, List<float[]> weights) {
    List<float[]> scores = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      if (example.source() != Source.CODEBOOK && example.principleIds().size() == 1
          && codebook.indexOf(example.principleIds().get(0)) >= 0 && terms.get(i).length > 0) {
        float[] s = new float[codebook.principles().size()];
        counts.scoreWithout(terms.get(i), weights.get(i), s);
        scores.add(s);
        truth.add(codebook.indexOf(example.principleIds().get(0)));
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
}
