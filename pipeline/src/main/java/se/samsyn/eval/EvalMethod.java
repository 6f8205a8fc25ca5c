package se.samsyn.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.group.PrincipleClassifier;

/** A way to predict the principle of texts after training on labelled examples. */
public interface EvalMethod {
  String name();

  /**
   * One principle id per text ("other" when the method has no answer). The texts are a whole
   * document in reading order, so a method may read each in its passage.
   */
  List<String> predict(List<PrincipleClassifier.Example> training, List<PrincipleClassifier.Text> texts);

  /** Lower-cased written words of two letters or more: the baselines' features. */
  static List<String> words(String text) {
    Matcher word = Pattern.compile("\\p{L}{2,}").matcher(text.toLowerCase(Locale.ROOT));
    List<String> words = new ArrayList<>();
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }
}
