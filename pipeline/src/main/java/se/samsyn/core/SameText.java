package se.samsyn.core;

import java.util.Locale;
import java.util.regex.Pattern;

/** What two texts that say the same have in common: their words in lower case, without punctuation. */
public final class SameText {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SameText() {}

  /** The key of {@code text}: "Dialog – viktigt!" and "dialog viktigt" share one. */
  public static String key(String text) {
    return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The number of words in {@code text}. */
  public static int words(String text) {
    String key = key(text);
    return key.isEmpty() ? 0 : key.split(" ").length;
  }
}
