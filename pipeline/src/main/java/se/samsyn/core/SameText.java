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
    return keyed(text).words();
  }

  /** A text's key and the number of its words, for code that needs both. */
  public record Keyed(String key, int words) {}

  /** The key of {@code text} and its number of words. */
  public static Keyed keyed(String text) {
    String key = key(text);
    return new Keyed(key, key.isEmpty() ? 0 : key.split(" ").length);
  }
}
