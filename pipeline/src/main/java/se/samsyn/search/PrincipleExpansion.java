package se.samsyn.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import se.samsyn.analysis.Tokens;
import se.samsyn.index.StatementSchema;
import se.samsyn.models.Codebook;

/**
 * Knows the names of the principles. A query that names a principle or one of its aliases
 * ("oberoende", "öppenhet och insyn", "transparens") also finds statements labelled with that
 * principle and statements using its other Swedish names (oberoende → självständighet,
 * integritet), including the adjective of a {@code -het} name (självständighet → självständig).
 */
public final class PrincipleExpansion {
  private static final Pattern LIST_OF_NAMES = Pattern.compile(".*(\\s(och|&)\\s|,).*");

  private final Map<List<String>, Set<String>> principlesByName = new HashMap<>();
  private final Map<String, Set<String>> termsByPrinciple = new HashMap<>();
  private final Codebook codebook;

  /**
   * @param codebook  the principles
   * @param analyzer  the query analyzer of the lemma field
   * @param isWord    tells which strings are Swedish words (for adjectives of -het names)
   */
  public PrincipleExpansion(Codebook codebook, Analyzer analyzer, Predicate<String> isWord) {
    this.codebook = codebook;
    for (Codebook.Principle principle : codebook.principles()) {
      Set<String> terms = new LinkedHashSet<>();
      for (String name : principle.names()) {
        List<String> lemmas = Tokens.terms(analyzer, StatementSchema.TEXT, name);
        if (lemmas.isEmpty()) {
          continue;
        }
        principlesByName.computeIfAbsent(lemmas, k -> new LinkedHashSet<>()).add(principle.id());
        boolean swedish = !name.equals(principle.nameEn());
        if (swedish && (lemmas.size() == 1 || LIST_OF_NAMES.matcher(name).matches())) {
          for (String lemma : lemmas) {
            terms.add(lemma);
            String adjective = lemma.endsWith("het") ? lemma.substring(0, lemma.length() - 3) : "";
            if (adjective.length() > 3 && isWord.test(adjective)) {
              terms.add(adjective);
            }
          }
          lemmas.forEach(lemma -> principlesByName.computeIfAbsent(List.of(lemma), k -> new LinkedHashSet<>())
              .add(principle.id()));
        }
      }
      termsByPrinciple.put(principle.id(), Set.copyOf(terms));
    }
  }

  /** The principles whose name or alias the lemmas of a query clause are, in codebook order. */
  Set<String> principlesNamedBy(List<String> lemmas) {
    return principlesByName.getOrDefault(lemmas, Set.of());
  }

  /** The lemma-field terms that name a principle. */
  Set<String> terms(String principleId) {
    return termsByPrinciple.getOrDefault(principleId, Set.of());
  }

  /** The principles the names come from. */
  public Codebook codebook() {
    return codebook;
  }

  /** The id of the principle with this id, name or alias (any case), if there is one. */
  public Optional<String> principleId(String idOrName) {
    return codebook.principleId(idOrName);
  }
}
