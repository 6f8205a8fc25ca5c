package se.samsyn.search;

import java.time.LocalDate;
import se.samsyn.core.StatementKind;

/**
 * Restrictions of a search; null means no restriction.
 *
 * @param principle    principle id
 * @param document     document id, source as shown in outputs, or file name (any case)
 * @param organisation organisation of the document (any case)
 * @param from         first date (inclusive); undated statements are left out when set
 * @param to           last date (inclusive); undated statements are left out when set
 * @param method       how the principles were assigned: {@code heading}, {@code inline}, {@code classifier}, {@code human}
 * @param kind         what the statement is: {@code voice}, {@code official}, {@code prompt} or {@code heading}
 */
public record SearchFilters(String principle, String document, String organisation, LocalDate from, LocalDate to,
    String method, StatementKind kind) {
  public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null);

  /** Filters without a restriction on the method or kind. */
  public SearchFilters(String principle, String document, String organisation, LocalDate from, LocalDate to) {
    this(principle, document, organisation, from, to, null, null);
  }

  public SearchFilters {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the first date " + from + " is after the last date " + to);
    }
  }
}
