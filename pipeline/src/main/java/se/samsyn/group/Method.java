package se.samsyn.group;

import java.util.Locale;

/** How a statement got its principle, strongest first (the {@code method} column). */
public enum Method {
  /** A heading, slide title or numbered item above or at the start of the statement names it. */
  HEADING,
  /** The statement itself says so in parentheses: "(Principerna om dialog, mångfald)". */
  INLINE,
  /** Scored by the classifier (also for statements left as {@code other}). */
  CLASSIFIER;

  /** The name as written in outputs: {@code heading}, {@code inline}, {@code classifier}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
