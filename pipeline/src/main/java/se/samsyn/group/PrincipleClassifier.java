package se.samsyn.group;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The seam every principle classifier sits behind, in the manner of OpenNLP's document
 * categorizer: a trainer that takes labelled examples and gives a model that scores texts into
 * probabilities per principle (codebook order), with evidence. Implementations are registered in
 * {@link Classifiers}; which one is the default is decided by held-out evaluation
 * ({@code samsyn eval}, GROUPING.md).
 */
public interface PrincipleClassifier {
  /** The name users pick it by ({@code --classifier NAME}). */
  String name();

  /** Trains a model on the examples. */
  Model train(List<Example> examples);

  /**
   * Whether its models read each text in its passage themselves (the linear ones do, in
   * {@link LinearModel}); the others are read in their passage by {@link InPassage}.
   */
  default boolean readsPassages() {
    return false;
  }

  /**
   * Trains on the examples and scores the texts; with no text to score nothing is trained (in
   * material whose headings label every statement, training would be most of a run's time).
   */
  default List<Scored> scoreAll(List<Example> examples, List<Text> texts) {
    return texts.isEmpty() ? List.of() : train(examples).score(texts);
  }

  /** A trained classifier. */
  interface Model {
    /**
     * Scores the texts: on their own, or in their passages when the classifier
     * {@link PrincipleClassifier#readsPassages() reads passages}. A model may also learn from the
     * texts it scores (the logistic classifiers do), so a text's score can depend on the rest of the batch.
     */
    List<Scored> score(List<Text> texts);
  }

  /**
   * A text to score. Texts next to each other in the list with the same non-empty context key (see
   * {@link GroupingInput#contextKey()}) are read as each other's context.
   */
  record Text(String text, String contextKey) {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(contextKey, "contextKey");
    }
  }

  /** Where a training example comes from; each source has its own weight in training. */
  enum Source {
    /** A principle's name, alias, seed term or definition in the codebook. */
    CODEBOOK,
    /** The labelled examples shipped with Samsyn. */
    SHIPPED,
    /** A statement the material's own structure (heading, numbered item, inline label) labelled. */
    STRUCTURE,
    /** A labelled statement of an earlier run ({@code --learn-from}). */
    LEARNED,
    /** A statement an analyst coded by hand in review. */
    HUMAN,
    /** A statement of the material being grouped, labelled by the model's own confident first reading. */
    ADAPTED
  }

  /** A text with the principles it is known to speak to. */
  record Example(String text, List<String> principleIds, Source source) {
    public Example {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
      principleIds = List.copyOf(principleIds);
    }
  }

  /**
   * The outcome for one text: probability per principle (codebook order), whether any of its
   * features was seen in training, and the evidence for a principle, worked out only when asked for.
   */
  final class Scored {
    private final double[] probabilities;
    private final boolean anyKnownTerm;
    private final IntFunction<List<String>> evidence;

    public Scored(double[] probabilities, boolean anyKnownTerm, IntFunction<List<String>> evidence) {
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

    /** The index of the most probable principle. */
    public int best() {
      int best = 0;
      for (int p = 1; p < probabilities.length; p++) {
        best = probabilities[p] > probabilities[best] ? p : best;
      }
      return best;
    }

    /** The same scores with other probabilities. */
    Scored withProbabilities(double[] other) {
      return new Scored(other, anyKnownTerm, evidence);
    }
  }
}
