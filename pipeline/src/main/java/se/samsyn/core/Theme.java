package se.samsyn.core;

import java.util.List;
import java.util.Objects;

/**
 * An emerging theme: statements that fit no principle but resemble each other.
 *
 * @param id         stable id: the label's lemmas, sorted and joined by "-"
 * @param labelTerms the lemmas (or two-lemma phrases) that characterise it, most characteristic first
 * @param members    statement ids, the most central first
 */
public record Theme(String id, List<String> labelTerms, List<String> members) {
  public Theme {
    Objects.requireNonNull(id, "id");
    labelTerms = List.copyOf(labelTerms);
    members = List.copyOf(members);
    if (labelTerms.isEmpty() || members.isEmpty()) {
      throw new IllegalArgumentException("a theme has label terms and members");
    }
  }

  /** The label as shown to readers: {@code "tillit · förtroende"}. */
  public String label() {
    return String.join(" · ", labelTerms);
  }
}
