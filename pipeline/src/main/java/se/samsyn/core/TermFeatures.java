package se.samsyn.core;

import java.util.ArrayList;
import java.util.List;

/** Turns a text into the terms grouping counts: lemmas and compound parts, lower case. */
@FunctionalInterface
public interface TermFeatures {
  List<String> terms(String text);

  /**
   * A term, the position of the word it comes from, and whether that word is a verb (so that a theme
   * is not labelled with a lone verb such as "finna" of "det finns").
   */
  record Positioned(String term, int position, boolean verb) {
    public Positioned(String term, int position) {
      this(term, position, false);
    }
  }

  /**
   * The terms with the positions of their words, so that two terms are neighbours only when their
   * words are. By default each term is its own word, next to the one before.
   */
  default List<Positioned> positioned(String text) {
    List<Positioned> out = new ArrayList<>();
    for (String term : terms(text)) {
      out.add(new Positioned(term, out.size()));
    }
    return out;
  }
}
