package se.samsyn.eval;

import java.util.List;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/** The methods compared by {@code samsyn eval}: Samsyn's classifier first, then the baselines. */
public final class EvalMethods {
  private EvalMethods() {}

  public static List<EvalMethod> all(Codebook codebook, PrincipleClassifier classifier) {
    return List.of(new SamsynMethod(codebook, classifier), new KeywordBaseline(codebook),
        new CentroidBaseline(codebook), new MalletMaxEnt(codebook));
  }
}
