package se.samsyn.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import se.samsyn.core.StatementKind;
import se.samsyn.search.PrincipleExpansion;
import se.samsyn.search.SearchFilters;
import se.samsyn.search.SearchRequest;

/**
 * The search a request asks for, read from its query parameters ({@code q, principle, document,
 * organisation, from, to, kind, page, size}); anything unreadable is a {@link BadRequest}.
 *
 * @param request the search, its limit covering every hit up to the end of the page
 * @param page    1-based page
 * @param size    hits per page
 */
record SearchParameters(SearchRequest request, int page, int size) {
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  /** No page reaches beyond this many hits. */
  static final int MAX_DEPTH = 10_000;

  /** The first hit of the page, counting from 0. */
  int offset() {
    return (page - 1) * size;
  }

  static SearchParameters read(Function<String, String> parameter, PrincipleExpansion expansion) {
    String query = parameter.apply("q");
    if (query == null || query.isBlank()) {
      throw new BadRequest("the query is empty: give q, e.g. q=oberoende");
    }
    int page = number(parameter, "page", 1);
    int size = Math.min(MAX_SIZE, number(parameter, "size", DEFAULT_SIZE));
    if ((long) page * size > MAX_DEPTH) {
      throw new BadRequest("pages reach at most " + MAX_DEPTH + " hits deep; narrow the search instead");
    }
    SearchRequest request = new SearchRequest(query, filters(parameter, expansion), page * size, true);
    return new SearchParameters(request, page, size);
  }

  static SearchFilters filters(Function<String, String> parameter, PrincipleExpansion expansion) {
    String principle = blankToNull(parameter.apply("principle"));
    String kind = blankToNull(parameter.apply("kind"));
    String principleId = null;
    if (principle != null) {
      principleId = expansion.principleId(principle)
          .orElseThrow(() -> new BadRequest("unknown principle '" + principle + "'"));
    }
    try {
      return new SearchFilters(principleId, blankToNull(parameter.apply("document")),
          blankToNull(parameter.apply("organisation")), date(parameter, "from"), date(parameter, "to"), null,
          kind == null ? null : StatementKind.of(kind));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  static int number(Function<String, String> parameter, String name, int fallback) {
    String value = blankToNull(parameter.apply(name));
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < 1) {
        throw new BadRequest(name + " is at least 1, not " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " takes a whole number, not '" + value + "'");
    }
  }

  private static LocalDate date(Function<String, String> parameter, String name) {
    String value = blankToNull(parameter.apply(name));
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " takes a date such as 2018-05-29, not '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
