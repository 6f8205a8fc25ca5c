package se.samsyn.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import se.samsyn.core.TermFeatures;
import se.samsyn.group.Classifiers;
import se.samsyn.group.GroupingSettings;
import se.samsyn.group.InPassage;
import se.samsyn.group.LogisticClassifier;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/**
 * The methods {@code samsyn eval} can compare: every classifier a run can use (the logistic one with
 * the grid of settings nested selection chooses from), then baselines that only evaluation runs, and
 * the {@link Baseline}s on the class path.
 */
public final class EvalMethods {
  private static final double[] C = {0.1, 0.3, 1, 3};
  private static final double[] CODEBOOK_WEIGHTS = {1};
  private static final double[] MATERIAL_WEIGHTS = {1, 4};
  private static final double[] NAME_VALUES = {2, 4};

  private static final List<Baseline> BASELINES = ServiceLoader.load(Baseline.class).stream()
      .map(ServiceLoader.Provider::get).toList();

  private EvalMethods() {}

  public static List<String> names() {
    List<String> names = new ArrayList<>(Classifiers.names());
    names.addAll(List.of("keywords", "tfidf-centroid"));
    BASELINES.stream().map(Baseline::name).forEach(names::add);
    return names;
  }

  /** The named method, or an {@link IllegalArgumentException} naming the choices. */
  public static EvalMethod create(String name, Codebook codebook, TermFeatures terms) {
    return switch (name) {
      case "logistic", "liblinear-logistic" -> new EvalMethod(name,
          logisticGrid((LogisticClassifier) Classifiers.create(name, codebook, terms, GroupingSettings.DEFAULTS)));
      case "keywords" -> EvalMethod.of(new KeywordBaseline(codebook));
      case "tfidf-centroid" -> EvalMethod.of(new CentroidBaseline(codebook));
      default -> {
        Optional<Baseline> baseline = BASELINES.stream().filter(b -> b.name().equals(name)).findFirst();
        if (baseline.isPresent()) {
          yield EvalMethod.of(baseline.get().create(codebook));
        }
        if (!Classifiers.names().contains(name)) {
          throw new IllegalArgumentException("unknown method '" + name + "'; choose among " + String.join(", ", names()));
        }
        yield EvalMethod.of(Classifiers.create(name, codebook, terms, GroupingSettings.DEFAULTS));
      }
    };
  }

  private static List<PrincipleClassifier> logisticGrid(LogisticClassifier classifier) {
    LogisticClassifier.Settings defaults = classifier.settings();
    List<PrincipleClassifier> grid = new ArrayList<>();
    for (double c : C) {
      for (double codebook : CODEBOOK_WEIGHTS) {
        for (double material : MATERIAL_WEIGHTS) {
          for (double name : NAME_VALUES) {
            for (InPassage.Pooling pooling : InPassage.Pooling.values()) {
              grid.add(classifier.with(new LogisticClassifier.Settings(c, codebook, material, defaults.humanWeight(), name,
                  pooling, 1)));
            }
          }
        }
      }
    }
    return grid;
  }
}
