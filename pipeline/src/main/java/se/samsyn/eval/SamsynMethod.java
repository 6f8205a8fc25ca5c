package se.samsyn.eval;

import java.util.List;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/** Samsyn's classifier, forced to its best principle (its confidence bar is not applied). */
final class SamsynMethod implements EvalMethod {
  private final Codebook codebook;
  private final PrincipleClassifier classifier;

  SamsynMethod(Codebook codebook, PrincipleClassifier classifier) {
    this.codebook = codebook;
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return "samsyn";
  }

  @Override
  public List<String> predict(List<PrincipleClassifier.Example> training, List<PrincipleClassifier.Text> texts) {
    return classifier.scoreAll(training, texts).stream().map(scored -> {
      double[] p = scored.probabilities();
      int best = 0;
      for (int i = 1; i < p.length; i++) {
        best = p[i] > p[best] ? i : best;
      }
      return scored.anyKnownTerm() ? codebook.principles().get(best).id() : "other";
    }).toList();
  }
}
