package se.samsyn.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToDoubleFunction;
import java.util.function.Predicate;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import se.samsyn.group.Calibration;
import se.samsyn.group.InPassage;
import se.samsyn.group.LogisticClassifier;
import se.samsyn.group.PrincipleClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.models.Codebook;

/**
 * Leave-one-fold-out predictions with everything a method chooses chosen on the other folds only:
 * for a held-out fold, each variant of the method is scored leave-one-fold-out on the remaining
 * folds (the likelihood of their principle items' gold, every document counting alike), the best
 * variant's temperature is fitted and its abstention threshold picked (accuracy with {@code other},
 * off-topic items included) on those same inner predictions, all items together, and only then is
 * the held-out fold predicted by that variant trained on all other folds. No figure reported for a
 * fold was tuned on it.
 */
final class NestedSelection {
  /** Abstention thresholds tried: 0 to 0.9 in steps of 0.05. */
  private static final double[] THRESHOLDS = IntStream.rangeClosed(0, 18).mapToDouble(i -> i * 0.05).toArray();
  /** The likelihood of a gold principle is floored here before its logarithm. */
  private static final double FLOOR = 1e-9;

  /** What was chosen for one held-out fold (or for all folds: the settings a run should use). */
  record Choice(PrincipleClassifier variant, Calibration calibration, double threshold) {
    String describe() {
      return String.format(java.util.Locale.ROOT, "%s, temperature %.3f, threshold %.2f", NestedSelection.describe(variant),
          calibration.temperature(), threshold);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(NestedSelection.class);

  private static String describe(PrincipleClassifier variant) {
    return variant instanceof LogisticClassifier logistic ? logistic.settings().toString() : variant.name();
  }

  private final Codebook codebook;
  private final List<Fold> folds;
  private final Map<String, List<PrincipleClassifier.Example>> structural;
  private final List<PrincipleClassifier.Example> always;
  private final Map<String, GoldItem> gold;
  private final Map<String, List<PrincipleClassifier.Scored>> predictions = new ConcurrentHashMap<>();

  /**
   * @param structural the structure-labelled statements of each run document, its training examples
   * @param always     examples every training has (codebook texts, shipped examples)
   * @param gold       gold items by statement id
   */
  NestedSelection(Codebook codebook, List<Fold> folds, Map<String, List<PrincipleClassifier.Example>> structural,
      List<PrincipleClassifier.Example> always, Map<String, GoldItem> gold) {
    this.codebook = codebook;
    this.folds = List.copyOf(folds);
    this.structural = structural;
    this.always = List.copyOf(always);
    this.gold = gold;
  }

  /** The held-out predictions of a method's gold items, fold by fold, with the choice made for each fold. */
  Map<Fold, Choice> heldOut(EvalMethod method, Map<String, HeldOut> into) {
    Map<Fold, Choice> choices = new LinkedHashMap<>();
    for (Fold fold : folds) {
      Choice choice = choose(method, fold);
      choices.put(fold, choice);
      List<PrincipleClassifier.Scored> scored = predict(choice.variant(), fold, without(null, fold));
      for (int i = 0; i < fold.ids().size(); i++) {
        GoldItem item = gold.get(fold.ids().get(i));
        if (item != null) {
          into.put(item.statementId(), decide(item, scored.get(i), choice));
        }
      }
    }
    return choices;
  }

  /** For each document fold, by name, the variant chosen without it (and without nothing else). */
  Map<String, PrincipleClassifier> variantsWithout(EvalMethod method) {
    Map<String, PrincipleClassifier> variants = new LinkedHashMap<>();
    for (Fold fold : folds) {
      if (fold.trainedOn()) {
        variants.put(fold.name(), choose(method, fold).variant());
      }
    }
    return variants;
  }

  /** The choice made on every fold: what a run over new material should use. */
  Choice onAllFolds(EvalMethod method) {
    return choose(method, null);
  }

  private Choice choose(EvalMethod method, Fold heldOut) {
    List<Fold> inner = folds.stream().filter(f -> f != heldOut).toList();
    List<PrincipleClassifier> variants = method.variants();
    int best = 0;
    if (variants.size() > 1) {
      double[] fit = variants.parallelStream().mapToDouble(v -> innerFit(v, inner, heldOut)).toArray();
      for (int v = 0; v < fit.length; v++) {
        best = fit[v] > fit[best] ? v : best;
        LOG.debug("{} without {}: {} has mean log-likelihood per document {} on the other folds", method.name(),
            heldOut == null ? "nothing" : heldOut.name(), describe(variants.get(v)), fit[v]);
      }
    }
    PrincipleClassifier variant = variants.get(best);
    Predicted predicted = predicted(variant, inner, heldOut, item -> true);
    List<GoldItem> items = predicted.items();
    List<PrincipleClassifier.Scored> scored = predicted.scored();
    Calibration calibration = fitTemperature(items, scored);
    double threshold = THRESHOLDS[0];
    int bestRight = -1;
    for (double candidate : THRESHOLDS) {
      Choice choice = new Choice(variant, calibration, candidate);
      int right = 0;
      for (int i = 0; i < items.size(); i++) {
        right += decide(items.get(i), scored.get(i), choice).decidedRight() ? 1 : 0;
      }
      if (right > bestRight) {
        bestRight = right;
        threshold = candidate;
      }
    }
    return new Choice(variant, calibration, threshold);
  }

  /**
   * How well a variant predicts the principle items of the inner folds, each predicted without
   * itself and the held-out fold: the log-likelihood of their gold principle after a temperature
   * fitted on all of them together, averaged within each fold and then over the folds, so that every
   * document counts alike and one large document does not choose for material unlike it. With few
   * inner items, a likelihood tells variants apart far more steadily than counting right answers, and
   * it rewards probabilities that mean what they say.
   */
  private double innerFit(PrincipleClassifier variant, List<Fold> inner, Fold heldOut) {
    Predicted predicted = predicted(variant, inner, heldOut,
        item -> !item.offTopic() && codebook.indexOf(item.principles().get(0)) >= 0);
    List<GoldItem> items = predicted.items();
    List<PrincipleClassifier.Scored> scored = predicted.scored();
    Calibration calibration = fitTemperature(items, scored);
    return meanOverFolds(predicted.folds(), i -> {
      double[] p = calibration.rescale(scored.get(i).probabilities());
      double gold = items.get(i).principles().stream().mapToInt(codebook::indexOf).filter(k -> k >= 0)
          .mapToDouble(k -> p[k]).sum();
      return Math.log(Math.max(gold, FLOOR));
    });
  }

  /**
   * The mean of a value of the items within each fold, averaged over the folds (0 for no items); the
   * items of a fold are next to each other, as {@link #predicted} lists them.
   */
  private static double meanOverFolds(List<Fold> folds, IntToDoubleFunction value) {
    DoubleStream.Builder means = DoubleStream.builder();
    for (int start = 0, end; start < folds.size(); start = end) {
      double sum = 0;
      for (end = start; end < folds.size() && folds.get(end) == folds.get(start); end++) {
        sum += value.applyAsDouble(end);
      }
      means.add(sum / (end - start));
    }
    return means.build().average().orElse(0);
  }

  /** Gold items, their scores and their folds, in the same order, fold by fold. */
  private record Predicted(List<GoldItem> items, List<PrincipleClassifier.Scored> scored, List<Fold> folds) {}

  /**
   * The gold items of the inner folds that {@code wanted} accepts, each scored by the variant trained
   * without its own fold and the held-out one; a fold with no such item is not predicted at all.
   */
  private Predicted predicted(PrincipleClassifier variant, List<Fold> inner, Fold heldOut, Predicate<GoldItem> wanted) {
    List<GoldItem> items = new ArrayList<>();
    List<PrincipleClassifier.Scored> scored = new ArrayList<>();
    List<Fold> folds = new ArrayList<>();
    for (Fold fold : inner) {
      if (fold.ids().stream().map(gold::get).noneMatch(g -> g != null && wanted.test(g))) {
        continue;
      }
      List<PrincipleClassifier.Scored> predicted = predict(variant, fold, without(heldOut, fold));
      for (int i = 0; i < fold.ids().size(); i++) {
        GoldItem item = gold.get(fold.ids().get(i));
        if (item != null && wanted.test(item)) {
          items.add(item);
          scored.add(predicted.get(i));
          folds.add(fold);
        }
      }
    }
    return new Predicted(items, scored, folds);
  }

  /** The run documents whose examples a model for this fold may not see (off-topic files have none to hide). */
  private static Set<String> without(Fold heldOut, Fold fold) {
    Set<String> names = new TreeSet<>();
    for (Fold hidden : java.util.Arrays.asList(fold, heldOut)) {
      if (hidden != null && hidden.trainedOn()) {
        names.add(hidden.name());
      }
    }
    return names;
  }

  /** The scores of a fold's texts by a variant trained on every example but those of the documents named. */
  private List<PrincipleClassifier.Scored> predict(PrincipleClassifier variant, Fold fold, Set<String> without) {
    String key = System.identityHashCode(variant) + "|" + fold.name() + "|" + String.join("|", without);
    return predictions.computeIfAbsent(key, k -> {
      List<PrincipleClassifier.Example> training = new ArrayList<>(always);
      structural.forEach((document, examples) -> {
        if (!without.contains(document)) {
          training.addAll(examples);
        }
      });
      return new InPassage(variant).train(training).score(fold.texts());
    });
  }

  private Calibration fitTemperature(List<GoldItem> items, List<PrincipleClassifier.Scored> scored) {
    List<float[]> logs = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      int principle = codebook.indexOf(items.get(i).principles().get(0));
      if (principle >= 0 && scored.get(i).anyKnownTerm()) {
        logs.add(Calibration.logarithms(scored.get(i).probabilities()));
        truth.add(principle);
      }
    }
    return Calibration.fit(logs, truth.stream().mapToInt(Integer::intValue).toArray());
  }

  private HeldOut decide(GoldItem item, PrincipleClassifier.Scored scored, Choice choice) {
    double[] calibrated = choice.calibration().rescale(scored.probabilities());
    int best = scored.best();
    String forced = forced(scored);
    boolean confident = scored.anyKnownTerm() && calibrated[best] >= choice.threshold();
    return new HeldOut(item, forced, scored.anyKnownTerm() ? calibrated[best] : 0, confident ? forced : HeldOut.OTHER);
  }

  private String forced(PrincipleClassifier.Scored scored) {
    return scored.anyKnownTerm() ? codebook.principles().get(scored.best()).id() : HeldOut.OTHER;
  }
}
