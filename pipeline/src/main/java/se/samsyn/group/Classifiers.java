package se.samsyn.group;

import java.util.List;
import se.samsyn.core.TermFeatures;
import se.samsyn.models.Codebook;

/**
 * The principle classifiers users can pick by name. A new classifier is one class implementing
 * {@link PrincipleClassifier} and one line here.
 */
public final class Classifiers {
  /** The default, chosen by held-out evaluation (GROUPING.md). */
  public static final String DEFAULT = "liblinear-logistic";

  private Classifiers() {}

  public static List<String> names() {
    return List.of("liblinear-logistic", "logistic", "naive-bayes", "tfidf-logistic");
  }

  /**
   * The classifier of that name over the given analysis, or an {@link IllegalArgumentException}
   * naming the choices.
   */
  public static PrincipleClassifier create(String name, Codebook codebook, TermFeatures terms, GroupingSettings settings) {
    return switch (name) {
      case "logistic" -> logistic(LogisticClassifier.Solver.MULTINOMIAL, codebook, terms, settings);
      case "liblinear-logistic" -> logistic(LogisticClassifier.Solver.ONE_VS_REST, codebook, terms, settings);
      case "naive-bayes" -> new NaiveBayesClassifier(codebook, terms, settings);
      case "tfidf-logistic" -> new TfIdfLogistic(codebook);
      default -> throw unknown(name);
    };
  }

  /**
   * How a run reads the named classifier's probabilities: what {@code samsyn eval} chose for it on all
   * development documents. The logistic classifiers' temperature is one of their settings
   * ({@link LogisticClassifier.Solver#defaults()}), so theirs here is 1.
   */
  public static RunCalibration runCalibration(String name) {
    return switch (name) {
      case "liblinear-logistic" -> new RunCalibration(1, 0.20);
      case "logistic" -> new RunCalibration(1, 0.25);
      case "naive-bayes" -> new RunCalibration(0.694, 0.25);
      case "tfidf-logistic" -> new RunCalibration(0.284, 0.35);
      default -> throw unknown(name);
    };
  }

  private static IllegalArgumentException unknown(String name) {
    return new IllegalArgumentException("unknown classifier '" + name + "'; choose one of " + String.join(", ", names()));
  }

  private static LogisticClassifier logistic(LogisticClassifier.Solver solver, Codebook codebook, TermFeatures terms,
      GroupingSettings settings) {
    return new LogisticClassifier(codebook, new ClassifierFeatures(codebook, terms), solver, solver.defaults(),
        settings.evidenceTerms());
  }
}
