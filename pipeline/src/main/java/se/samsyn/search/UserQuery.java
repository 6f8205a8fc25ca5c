package se.samsyn.search;

import java.util.List;
import java.util.Objects;

/**
 * A search as a person typed it: groups of alternatives that must all match, and what must not.
 * {@code kvalitet uppföljning OR utvärdering -projekt} has the groups [kvalitet] and
 * [uppföljning, utvärdering] and excludes [projekt].
 *
 * @param required groups joined by AND; the clauses of one group are joined by OR
 * @param excluded clauses no hit may match
 */
public record UserQuery(List<List<Clause>> required, List<Clause> excluded) {
  public UserQuery {
    required = required.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
    if (required.isEmpty() || required.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a query needs at least one word or phrase to look for");
    }
  }

  /** A word or a quoted phrase. */
  public sealed interface Clause permits Word, Phrase {
    String text();
  }

  /** A word, in any inflection or compound; with {@code prefix}, any word starting with it. */
  public record Word(String text, boolean prefix) implements Clause {
    public Word {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Words that must appear in this order and form. */
  public record Phrase(String text) implements Clause {
    public Phrase {
      Objects.requireNonNull(text, "text");
    }
  }
}
