package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samsyn.models.Codebook;

/** Training examples that every classifier learns from, and how an example divides over principles. */
public final class Examples {
  private Examples() {}

  /** Each name, alias and seed term and the Swedish definition of every principle, as a codebook example. */
  public static List<PrincipleClassifier.Example> codebook(Codebook codebook) {
    List<PrincipleClassifier.Example> examples = new ArrayList<>();
    for (Codebook.Principle principle : codebook.principles()) {
      for (String text : principle.trainingTexts()) {
        examples.add(new PrincipleClassifier.Example(text, List.of(principle.id()), PrincipleClassifier.Source.CODEBOOK));
      }
    }
    return examples;
  }

  /** How much an example belongs to each principle (codebook order): an equal share of each of its known principles. */
  static float[] shares(Codebook codebook, PrincipleClassifier.Example example) {
    float[] weights = new float[codebook.principles().size()];
    List<Integer> known = example.principleIds().stream().map(codebook::indexOf).filter(p -> p >= 0).toList();
    known.forEach(p -> weights[p] = 1f / known.size());
    return weights;
  }

  /** How many statements of the material, labelled by its structure or by a first reading, train a classifier per set of principles. */
  static final int MATERIAL_EXAMPLES_PER_PRINCIPLES = 1_000;

  /**
   * At most {@code limit} examples of each set of principles, evenly spread over the list and in
   * its order. A large corpus whose headings label every statement would otherwise train the
   * classifier on hundreds of thousands of examples, memory and time growing with them, where a
   * thousand per principle teach it as much.
   */
  static List<PrincipleClassifier.Example> atMostPerPrinciples(List<PrincipleClassifier.Example> examples, int limit) {
    Map<List<String>, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      positions.computeIfAbsent(examples.get(i).principleIds(), k -> new ArrayList<>()).add(i);
    }
    boolean[] kept = new boolean[examples.size()];
    for (List<Integer> group : positions.values()) {
      double step = Math.max(1.0, group.size() / (double) limit);
      for (double k = 0; k < group.size(); k += step) {
        kept[group.get((int) k)] = true;
      }
    }
    List<PrincipleClassifier.Example> spread = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (kept[i]) {
        spread.add(examples.get(i));
      }
    }
    return spread;
  }
}
