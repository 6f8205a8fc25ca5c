package se.samsyn.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Reads each text in its passage, for any classifier that does not itself: a text's
 * log-probabilities are averaged with those of the texts just before and after it in the same
 * passage (same non-empty context key), which weigh {@link #CONTEXT_WEIGHT} each, and normalised
 * again. This is done {@link #ROUNDS} times, so that a neighbour is itself read with its neighbours
 * first: in the middle of a passage a text then weighs 6/16, the texts next to it 4/16 each and
 * those two away 1/16 each. A sentence such as "Då blir det lättare att jämföra" says little on its
 * own, and a workshop note of one word ("Förankring") is placed by the notes around it. The average
 * (not a sum) keeps a text in a passage as confident as one alone, on the scale its classifier was
 * calibrated on.
 */
public final class InPassage implements PrincipleClassifier {
  /** How much a neighbouring text of the same passage counts, relative to the text itself. */
  static final double CONTEXT_WEIGHT = 0.5;

  /** How many times the neighbours are averaged in. */
  static final int ROUNDS = 2;

  /** Probabilities are floored here before their logarithm, so that a neighbour sure against a principle counts a bounded amount against it. */
  static final double FLOOR = 1e-6;

  /** How the neighbours of a text count when a linear classifier reads it in its passage ({@link LinearModel}). */
  public enum Pooling {
    /**
     * Their log-probabilities are averaged in (a product of experts): each neighbour's evidence adds
     * up, so a passage of weak cues on one subject reads as a strong one, but a neighbour sure against
     * a principle can outvote a text that names it.
     */
    PRODUCT,
    /**
     * Their probabilities (at temperature 1) are averaged in (a mixture): the text's principle is
     * likely its own or a neighbour's, and no neighbour can veto a principle the text itself speaks to.
     */
    MIXTURE
  }

  /** Seed of the draw of {@link #evenlySpread}. */
  private static final long SPREAD_SEED = 20_261_206L;

  private final PrincipleClassifier classifier;

  public InPassage(PrincipleClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return classifier.name();
  }

  @Override
  public boolean readsPassages() {
    return true;
  }

  @Override
  public Model train(List<Example> examples) {
    Model model = classifier.train(examples);
    return classifier.readsPassages() ? model : texts -> read(texts, model.score(texts));
  }

  static List<Scored> read(List<Text> texts, List<Scored> alone) {
    int width = alone.isEmpty() ? 0 : alone.get(0).probabilities().length;
    int[] passage = passages(texts);
    WorkSpace space = new WorkSpace(width);
    List<Scored> out = new ArrayList<>(alone.size());
    for (int start = 0, end; start < alone.size(); start = end) {
      end = passageEnd(passage, start);
      if (end - start == 1) {
        out.add(alone.get(start)); // alone in its passage: as scored
        continue;
      }
      float[] logs = space.scores(end - start);
      for (int r = start; r < end; r++) {
        double[] own = alone.get(r).probabilities();
        for (int p = 0; p < width; p++) {
          logs[(r - start) * width + p] = (float) Math.log(Math.max(own[p], FLOOR));
        }
      }
      smooth(space, end - start);
      for (int r = start; r < end; r++) {
        out.add(alone.get(r).withProbabilities(softmax(logs, (r - start) * width, width)));
      }
    }
    return out;
  }

  /** The row after the passage that row {@code start} begins (a row of no passage is one alone). */
  static int passageEnd(int[] passage, int start) {
    int end = start + 1;
    while (end < passage.length && passage[start] >= 0 && passage[end] == passage[start]) {
      end++;
    }
    return end;
  }

  /** The scores of one passage's rows (row-major, {@code width} each) and the room to read them in. */
  static final class WorkSpace {
    private final int width;
    private float[] scores = new float[0];
    private float[] spare = new float[0];

    WorkSpace(int width) {
      this.width = width;
    }

    /** Room for the scores of that many rows, to fill before {@link #smooth}. */
    float[] scores(int rows) {
      if (scores.length < rows * width) {
        scores = new float[Math.max(rows * width, 2 * scores.length)];
        spare = new float[scores.length];
      }
      return scores;
    }
  }

  /**
   * Reads the first {@code rows} rows of the work space's scores, all of one passage, in place:
   * {@link #ROUNDS} times, each row averaged with the rows just before and after it, which weigh
   * {@link #CONTEXT_WEIGHT}.
   */
  static void smooth(WorkSpace space, int rows) {
    int width = space.width;
    float context = (float) CONTEXT_WEIGHT;
    float[] from = space.scores;
    float[] to = space.spare;
    for (int round = 0; round < ROUNDS; round++) {
      for (int r = 0; r < rows; r++) {
        boolean before = r > 0;
        boolean after = r + 1 < rows;
        float share = 1 / (1 + (before ? context : 0) + (after ? context : 0));
        for (int p = 0, at = r * width; p < width; p++, at++) {
          float sum = from[at] + (before ? context * from[at - width] : 0) + (after ? context * from[at + width] : 0);
          to[at] = sum * share;
        }
      }
      System.arraycopy(to, 0, from, 0, rows * width);
    }
  }

  private static double[] softmax(float[] logits, int offset, int width) {
    double max = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < width; p++) {
      max = Math.max(max, logits[offset + p]);
    }
    double sum = 0;
    double[] out = new double[width];
    for (int p = 0; p < width; p++) {
      out[p] = Math.exp(logits[offset + p] - max);
      sum += out[p];
    }
    for (int p = 0; p < width; p++) {
      out[p] /= sum;
    }
    return out;
  }

  /**
   * The passage of each text, numbered 0, 1, 2, … in reading order: texts next to each other with the
   * same non-empty context key share one, and a text of no context key has one of its own.
   */
  static int[] passageNumbers(List<Text> texts) {
    int[] key = passages(texts);
    int[] number = new int[texts.size()];
    int next = 0;
    for (int start = 0, end; start < texts.size(); start = end) {
      end = passageEnd(key, start);
      Arrays.fill(number, start, end, next++);
    }
    return number;
  }

  /**
   * The indices of the texts of whole passages ({@link #passageNumbers}) evenly spread over the list,
   * about {@code limit} of them: all when there are no more, else each passage with probability
   * limit / texts (so each text too), drawn from a fixed seed: a layout that repeats (a slide of one
   * line, then nine notes) is sampled without bias, and a batch always the same way.
   */
  static int[] evenlySpread(int[] passage, int limit) {
    if (passage.length <= limit) {
      return IntStream.range(0, passage.length).toArray();
    }
    SplittableRandom random = new SplittableRandom(SPREAD_SEED);
    double share = limit / (double) passage.length;
    IntStream.Builder kept = IntStream.builder();
    for (int start = 0, end; start < passage.length; start = end) {
      end = passageEnd(passage, start);
      if (random.nextDouble() < share) {
        for (int i = start; i < end; i++) {
          kept.add(i);
        }
      }
    }
    return kept.build().toArray();
  }

  /** A number per context key, -1 for none: texts next to each other with the same number read each other. */
  static int[] passages(List<Text> texts) {
    Map<String, Integer> numbers = new HashMap<>();
    int[] passage = new int[texts.size()];
    for (int r = 0; r < texts.size(); r++) {
      String key = texts.get(r).contextKey();
      passage[r] = key.isEmpty() ? -1 : numbers.computeIfAbsent(key, k -> numbers.size());
    }
    return passage;
  }
}
