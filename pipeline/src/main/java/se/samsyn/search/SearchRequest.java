package se.samsyn.search;

import java.util.Objects;

/**
 * A search to run.
 *
 * @param query   in the query language of {@link QuerySyntax}
 * @param filters restrictions
 * @param limit   most hits to return (at least 1)
 * @param expand  whether naming a principle also finds its other names and labelled statements
 */
public record SearchRequest(String query, SearchFilters filters, int limit, boolean expand) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    if (limit < 1) {
      throw new IllegalArgumentException("the limit is at least 1: " + limit);
    }
  }
}
