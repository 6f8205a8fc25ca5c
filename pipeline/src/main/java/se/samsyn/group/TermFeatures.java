package se.samsyn.group;

import java.util.List;

/** Turns a text into the terms grouping counts: lemmas and compound parts, lower case. */
@FunctionalInterface
public interface TermFeatures {
  List<String> terms(String text);
}
