package se.samsyn.core;

import java.util.Locale;

/** How a statement got its principle (the {@code method} column). */
public enum Method {
  /** A heading, slide title or numbered item above or at the start of the statement names it. */
  HEADING,
  /** The statement itself says so in parentheses: "(Principerna om dialog, mångfald)". */
  INLINE,
  /** Scored by the classifier (also for statements left as {@code other}). */
  CLASSIFIER,
  /** Coded by an analyst in review ({@code OUT/review/codings.csv}); overrides every other method. */
  HUMAN;

  /** The name as written in outputs: {@code heading}, {@code inline}, {@code classifier}, {@code human}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
