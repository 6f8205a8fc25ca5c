package se.samsyn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.SplittableRandom;
import se.samsyn.group.NaiveBayes;
import se.samsyn.group.SparseRows;
import se.samsyn.group.TfIdf;

/**
 * Analysed statements as the grouping core sees them: TF-IDF rows of term ids, generated with a
 * fixed seed. Terms follow a Zipf law over a vocabulary of {@value #VOCABULARY} lemmas; 70 % of the
 * statements speak to one of {@value #PRINCIPLES} principles, whose own 300 terms make up about a
 * third of their words, and the rest draw part of their words from one of {@value #TOPICS}
 * unlisted topics (what emerging themes should find); consecutive statements come in passages of
 * {@value #PASSAGE} on one subject. Statements have 6–20 terms (13 on average;
 * analysed workshop statements have 12 lemmas and compound parts on average).
 */
final class GeneratedTermRows {
  static final int VOCABULARY = 30_000;
  static final int PRINCIPLES = 12;
  static final int TOPICS = 40;
  private static final int OWN_TERMS = 300;
  /** Statements come in passages (a page, a slide) of this many on one subject. */
  static final int PASSAGE = 5;
  /** Principles own the first 12 × 300 term ids, topics the next 40 × 300; general words the rest. */
  private static final int OWNED = (PRINCIPLES + TOPICS) * OWN_TERMS;
  private static final int GENERAL = VOCABULARY - OWNED;
  /** Pairs of neighbouring terms a compiled logistic model has weights for. */
  private static final int PAIRS = 50_000;

  /**
   * @param presence rows of the distinct terms, weight 1 (what the principle classifier reads)
   * @param tfIdf    TF-IDF rows (what the theme clustering reads)
   * @param truth    principle of each row, or -1 for a row of an unlisted topic
   */
  record Data(SparseRows presence, SparseRows tfIdf, SparseRows compiled, int[] truth) {
    /** Naive Bayes counts of the rows whose principle is known. */
    NaiveBayes naiveBayes() {
      NaiveBayes counts = new NaiveBayes(VOCABULARY, PRINCIPLES);
      for (int r = 0; r < truth.length; r++) {
        if (truth[r] >= 0) {
          float[] weights = new float[PRINCIPLES];
          weights[truth[r]] = 1f;
          counts.add(Arrays.copyOfRange(presence.terms(), presence.offsets()[r], presence.offsets()[r + 1]), weights);
        }
      }
      return counts;
    }

    /** The TF-IDF rows of the statements of unlisted topics: those a classifier should leave unassigned. */
    SparseRows unlisted() {
      SparseRows.Builder rows = new SparseRows.Builder();
      for (int r = 0; r < truth.length; r++) {
        if (truth[r] < 0) {
          int from = tfIdf.offsets()[r];
          int to = tfIdf.offsets()[r + 1];
          rows.add(Arrays.copyOfRange(tfIdf.terms(), from, to), Arrays.copyOfRange(tfIdf.weights(), from, to));
        }
      }
      return rows.build();
    }
  }

  private GeneratedTermRows() {}

  static Data generate(int statements, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] general = zipf(GENERAL);
    double[] own = zipf(OWN_TERMS);
    List<int[]> texts = new ArrayList<>(statements);
    int[] truth = new int[statements];
    boolean listed = false;
    int group = 0;
    for (int s = 0; s < statements; s++) {
      if (s % PASSAGE == 0) {
        listed = random.nextDouble() < 0.7;
        group = listed ? random.nextInt(PRINCIPLES) : random.nextInt(TOPICS);
      }
      truth[s] = listed ? group : -1;
      int ownBase = (listed ? group : PRINCIPLES + group) * OWN_TERMS;
      int[] terms = new int[6 + random.nextInt(15)];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = random.nextDouble() < 0.35 ? ownBase + draw(own, random) : generalTerm(draw(general, random));
      }
      texts.add(terms);
    }
    SparseRows.Builder presence = new SparseRows.Builder();
    for (int[] terms : texts) {
      int[] distinct = Arrays.stream(terms).distinct().sorted().toArray();
      float[] ones = new float[distinct.length];
      Arrays.fill(ones, 1f);
      presence.add(distinct, ones);
    }
    return new Data(presence.build(), TfIdf.fit(texts, VOCABULARY).rows(texts), compiled(texts), truth);
  }

  /** Columns of the compiled logistic model: the bias, one per term, one per written word, then pairs. */
  static final int COMPILED_COLUMNS = 1 + 2 * VOCABULARY + PAIRS;

  /**
   * Rows as the logistic classifier's compiled model reads them ({@code TermScorer}): the bias, each
   * term (÷ √terms), each written word (here one per term, ÷ √words) and each pair of neighbouring
   * terms that training knew (÷ √pairs): pairs of two terms of one principle or topic, a few in ten.
   */
  private static SparseRows compiled(List<int[]> texts) {
    SparseRows.Builder rows = new SparseRows.Builder();
    for (int[] terms : texts) {
      int[] ids = new int[1 + 2 * terms.length + terms.length];
      float[] values = new float[ids.length];
      values[0] = 1f;
      int n = 1;
      float scale = (float) (1 / Math.sqrt(terms.length));
      for (int term : terms) {
        ids[n] = 1 + term;
        values[n++] = scale;
        ids[n] = 1 + VOCABULARY + term;
        values[n++] = scale;
      }
      for (int i = 1; i < terms.length; i++) {
        if (terms[i - 1] < OWNED && terms[i] < OWNED) {
          ids[n] = 1 + 2 * VOCABULARY + (int) ((terms[i - 1] * 31L + terms[i]) % PAIRS);
          values[n++] = scale;
        }
      }
      rows.add(Arrays.copyOf(ids, n), Arrays.copyOf(values, n));
    }
    return rows.build();
  }

  /**
   * Spreads the Zipf ranks of general words over their own ids (7,919 is prime to their number), so
   * that no general word is also a principle's or a topic's own term.
   */
  private static int generalTerm(int rank) {
    return OWNED + (int) ((rank * 7_919L + 17) % GENERAL);
  }

  /** Cumulative Zipf (s = 1) probabilities of n ranks. */
  private static double[] zipf(int n) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  private static int draw(double[] cumulative, SplittableRandom random) {
    int at = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(at < 0 ? -at - 1 : at, cumulative.length - 1);
  }
}
