package se.samsyn.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/** Baseline: counts the written words a text shares with each principle's codebook names and seed terms. */
final class KeywordBaseline implements EvalMethod {
  private final Codebook codebook;

  KeywordBaseline(Codebook codebook) {
    this.codebook = codebook;
  }

  @Override
  public String name() {
    return "keywords";
  }

  @Override
  public List<String> predict(List<PrincipleClassifier.Example> training, List<PrincipleClassifier.Text> texts) {
    List<Set<String>> keywords = new ArrayList<>();
    for (Codebook.Principle principle : codebook.principles()) {
      Set<String> words = new HashSet<>();
      principle.names().forEach(n -> words.addAll(EvalMethod.words(n)));
      principle.seedTerms().forEach(t -> words.addAll(EvalMethod.words(t)));
      words.removeAll(Set.of("och", "om"));
      keywords.add(words);
    }
    List<String> predictions = new ArrayList<>();
    for (PrincipleClassifier.Text text : texts) {
      List<String> words = EvalMethod.words(text.text());
      int best = -1;
      long bestCount = 0;
      for (int p = 0; p < keywords.size(); p++) {
        Set<String> set = keywords.get(p);
        long count = words.stream().filter(set::contains).count();
        if (count > bestCount) {
          bestCount = count;
          best = p;
        }
      }
      predictions.add(best < 0 ? "other" : codebook.principles().get(best).id());
    }
    return predictions;
  }
}
