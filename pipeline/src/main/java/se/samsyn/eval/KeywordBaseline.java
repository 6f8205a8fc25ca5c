package se.samsyn.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/**
 * Baseline: counts the written words a text shares with each principle's codebook names and seed
 * terms; the probabilities are the counts' shares (uniform when it shares none). Learns nothing
 * from examples.
 */
final class KeywordBaseline implements PrincipleClassifier {
  private final Codebook codebook;

  KeywordBaseline(Codebook codebook) {
    this.codebook = codebook;
  }

  @Override
  public String name() {
    return "keywords";
  }

  @Override
  public Model train(List<Example> examples) {
    List<Set<String>> keywords = new ArrayList<>();
    for (Codebook.Principle principle : codebook.principles()) {
      Set<String> words = new HashSet<>();
      principle.names().forEach(n -> words.addAll(Words.of(n)));
      principle.seedTerms().forEach(t -> words.addAll(Words.of(t)));
      words.removeAll(Set.of("och", "om"));
      keywords.add(words);
    }
    return texts -> texts.stream().map(text -> {
      List<String> words = Words.of(text.text());
      double[] p = new double[keywords.size()];
      double total = 0;
      for (int k = 0; k < p.length; k++) {
        p[k] = words.stream().filter(keywords.get(k)::contains).count();
        total += p[k];
      }
      for (int k = 0; k < p.length; k++) {
        p[k] = total == 0 ? 1.0 / p.length : p[k] / total;
      }
      return new Scored(p, total > 0, principle -> List.of());
    }).toList();
  }
}
