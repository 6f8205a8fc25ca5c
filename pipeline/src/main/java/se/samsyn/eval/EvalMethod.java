package se.samsyn.eval;

import java.util.List;
import se.samsyn.group.PrincipleClassifier;

/**
 * A method {@code samsyn eval} compares: a name and the variants (settings) that nested selection
 * chooses among on the documents a held-out one is not; one variant for a method with nothing to tune.
 */
public record EvalMethod(String name, List<PrincipleClassifier> variants) {
  public EvalMethod {
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("method " + name + " has no variant");
    }
  }

  /** A method with nothing to tune. */
  public static EvalMethod of(PrincipleClassifier classifier) {
    return new EvalMethod(classifier.name(), List.of(classifier));
  }
}
