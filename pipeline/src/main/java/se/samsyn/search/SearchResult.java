package se.samsyn.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a search.
 *
 * @param query  the query as typed
 * @param total  how many statements match (all of them, not only those in {@code hits})
 * @param facets per facet dimension, value → number of matching statements, most first
 * @param hits   the best matches, best first
 * @param didYouMean when nothing matched: the query with its unknown words replaced by similar words of
 *                   the index ("dialg" → "dialog"), else empty
 */
public record SearchResult(String query, long total, Map<String, Map<String, Integer>> facets, List<Hit> hits,
    String didYouMean) {
  public SearchResult {
    Objects.requireNonNull(didYouMean, "didYouMean");
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    facets.forEach((dimension, counts) -> copy.put(dimension, Collections.unmodifiableMap(
        new LinkedHashMap<>(counts))));
    facets = Collections.unmodifiableMap(copy);
    hits = List.copyOf(hits);
  }
}
