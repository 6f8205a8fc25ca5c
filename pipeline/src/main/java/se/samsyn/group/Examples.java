package se.samsyn.group;

import java.util.ArrayList;
import java.util.List;
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
}
