package se.samsyn.eval;

import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/**
 * A baseline {@code samsyn eval} finds on the class path through {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/se.samsyn.eval.Baseline}): a peer from a library the product
 * does not ship, such as MALLET's, which lives with the tests.
 */
public interface Baseline {
  /** The name {@code --methods} picks it by. */
  String name();

  PrincipleClassifier create(Codebook codebook);
}
