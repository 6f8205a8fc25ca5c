package se.samsyn.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The baselines' features: lower-cased written words of two letters or more, no Swedish analysis. */
final class Words {
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private Words() {}

  static List<String> of(String text) {
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    List<String> words = new ArrayList<>();
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }
}
