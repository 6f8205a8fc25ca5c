package se.samsyn.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import se.samsyn.group.Examples;
import se.samsyn.group.Grouper;
import se.samsyn.group.InPassage;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.StructureLabeler;
import se.samsyn.models.Codebook;

/**
 * What reviewing buys: per document with gold items, held out as in {@link PrincipleEvaluation}
 * (trained on the codebook, the shipped examples and the other documents' structurally labelled statements,
 * labels hidden, by the classifier chosen without it, reading statements in their passages as a run
 * does), an oracle codes the first K gold-labelled statements of a review order with their
 * gold principles; they become human examples ({@link Grouper#humanExamples}) and the document's
 * other statements are scored again; top-1 is measured on the gold items not coded. The review
 * queue's order (smallest margin between the two best principles first, as {@code samsyn serve}
 * shows it) is set beside random orders (the mean over {@code randomOrders} fixed seeds).
 */
public final class ReviewSimulation {
  /**
   * Top-1 on the statements left after K were coded.
   *
   * @param reviewed    K: statements coded per document (all of them when it has fewer)
   * @param queueItems  gold items left after coding in queue order
   * @param queueTop1   top-1 on them
   * @param randomItems gold items left after coding in random order (per order)
   * @param randomTop1  mean top-1 on them over the random orders
   */
  public record Point(int reviewed, int queueItems, double queueTop1, int randomItems, double randomTop1) {}

  private final Grouper grouper;
  private final Function<String, PrincipleClassifier> classifierWithout;
  private final Codebook codebook;
  private final List<PrincipleClassifier.Example> shipped;
  private final int randomOrders;
  private final long seed;

  /**
   * @param classifierWithout document id → the classifier to hold it out with (e.g. the variant
   *                          nested selection chose without it, {@link PrincipleEvaluation#chosenWithout})
   */
  public ReviewSimulation(Grouper grouper, Function<String, PrincipleClassifier> classifierWithout,
      List<PrincipleClassifier.Example> shipped, int randomOrders, long seed) {
    this.grouper = grouper;
    this.classifierWithout = classifierWithout;
    this.codebook = grouper.codebook();
    List<PrincipleClassifier.Example> always = new ArrayList<>(Examples.codebook(codebook));
    always.addAll(shipped);
    this.shipped = List.copyOf(always);
    this.randomOrders = randomOrders;
    this.seed = seed;
  }

  /** Set ("all" first) → one point per K, in the order given. */
  public Map<String, List<Point>> simulate(List<RunStatement> run, List<GoldItem> gold, List<Integer> ks) {
    List<StructureLabeler.Labelled> labelled = grouper.structure(run.stream().map(RunStatement::input).toList());
    Map<String, GoldItem> goldById = new HashMap<>();
    gold.forEach(g -> goldById.put(g.statementId(), g));
    Map<String, List<PrincipleClassifier.Example>> structural = RunStatements.structuralExamples(run, labelled);
    Set<String> documents = new LinkedHashSet<>();
    labelled.stream().filter(l -> goldById.containsKey(l.input().id())).forEach(l -> documents.add(l.input().documentId()));
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no gold statement id occurs in the run's statements");
    }
    // set → K index → order (0 = queue, 1.. = random) → [right, items]
    Map<String, int[][][]> counts = new LinkedHashMap<>();
    counts.put(PrincipleEvaluation.ALL, new int[ks.size()][randomOrders + 1][2]);
    gold.forEach(g -> counts.computeIfAbsent(g.set(), s -> new int[ks.size()][randomOrders + 1][2]));
    for (String document : documents) {
      List<PrincipleClassifier.Example> training = new ArrayList<>(shipped);
      structural.forEach((other, examples) -> {
        if (!other.equals(document)) {
          training.addAll(examples);
        }
      });
      List<StructureLabeler.Labelled> held = labelled.stream()
          .filter(l -> l.input().documentId().equals(document)).toList();
      PrincipleClassifier classifier = new InPassage(classifierWithout.apply(document));
      List<List<String>> orders = orders(classifier, training, held, goldById);
      for (int k = 0; k < ks.size(); k++) {
        for (int o = 0; o < orders.size(); o++) {
          List<String> coded = orders.get(o).subList(0, Math.min(ks.get(k), orders.get(o).size()));
          score(classifier, training, held, Set.copyOf(coded), goldById, counts, k, o);
        }
      }
    }
    Map<String, List<Point>> results = new LinkedHashMap<>();
    counts.forEach((set, byK) -> {
      List<Point> points = new ArrayList<>();
      for (int k = 0; k < ks.size(); k++) {
        int randomRight = 0;
        int randomItems = 0;
        for (int o = 1; o <= randomOrders; o++) {
          randomRight += byK[k][o][0];
          randomItems += byK[k][o][1];
        }
        points.add(new Point(ks.get(k), byK[k][0][1], share(byK[k][0][0], byK[k][0][1]), randomItems / Math.max(1, randomOrders),
            share(randomRight, randomItems)));
      }
      results.put(set, points);
    });
    return results;
  }

  /** The review queue's order of the gold-labelled statements, then the random orders. */
  private List<List<String>> orders(PrincipleClassifier classifier, List<PrincipleClassifier.Example> training,
      List<StructureLabeler.Labelled> held, Map<String, GoldItem> goldById) {
    List<PrincipleClassifier.Scored> scored = classifier.scoreAll(training,
        held.stream().map(StructureLabeler.Labelled::classifierInput).toList());
    Map<String, Double> margins = new HashMap<>();
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      String id = held.get(i).input().id();
      if (goldById.containsKey(id)) {
        candidates.add(id);
        margins.put(id, scored.get(i).anyKnownTerm() ? margin(scored.get(i).probabilities()) : 0);
      }
    }
    List<List<String>> orders = new ArrayList<>();
    orders.add(candidates.stream().sorted(Comparator.comparingDouble((String id) -> margins.get(id))
        .thenComparing(Comparator.naturalOrder())).toList());
    for (int r = 0; r < randomOrders; r++) {
      List<String> shuffled = new ArrayList<>(candidates);
      Collections.shuffle(shuffled, new Random(seed + r));
      orders.add(shuffled);
    }
    return orders;
  }

  private void score(PrincipleClassifier classifier, List<PrincipleClassifier.Example> training,
      List<StructureLabeler.Labelled> held, Set<String> coded, Map<String, GoldItem> goldById, Map<String, int[][][]> counts, int k, int order) {
    List<PrincipleClassifier.Example> withCodings = new ArrayList<>(training);
    List<StructureLabeler.Labelled> rest = new ArrayList<>();
    for (StructureLabeler.Labelled statement : held) {
      if (coded.contains(statement.input().id())) {
        withCodings.addAll(Grouper.humanExamples(statement.classifierText(),
            goldById.get(statement.input().id()).principles()));
      } else {
        rest.add(statement);
      }
    }
    List<PrincipleClassifier.Scored> scored = classifier.scoreAll(withCodings,
        rest.stream().map(StructureLabeler.Labelled::classifierInput).toList());
    for (int i = 0; i < rest.size(); i++) {
      GoldItem item = goldById.get(rest.get(i).input().id());
      if (item == null) {
        continue;
      }
      boolean right = item.principles().contains(best(scored.get(i)));
      for (String set : List.of(PrincipleEvaluation.ALL, item.set())) {
        int[] cell = counts.get(set)[k][order];
        cell[0] += right ? 1 : 0;
        cell[1]++;
      }
    }
  }

  /** The most probable principle, or {@code other} when the text has no term seen in training (as {@link SamsynMethod}). */
  private String best(PrincipleClassifier.Scored scored) {
    if (!scored.anyKnownTerm()) {
      return "other";
    }
    double[] p = scored.probabilities();
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      best = p[i] > p[best] ? i : best;
    }
    return codebook.principles().get(best).id();
  }

  /** The best probability minus the second best. */
  static double margin(double[] p) {
    double first = 0;
    double second = 0;
    for (double v : p) {
      if (v > first) {
        second = first;
        first = v;
      } else if (v > second) {
        second = v;
      }
    }
    return first - second;
  }

  private static double share(int right, int items) {
    return items == 0 ? 0 : right / (double) items;
  }
}
