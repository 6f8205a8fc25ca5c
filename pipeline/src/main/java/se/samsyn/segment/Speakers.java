package se.samsyn.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.nlp.SwedishLexicon;

/**
 * Finds who speaks at the start of a line: "Skåne:", "VGR:", "Region Kalmar:" and "Processledarnas
 * anmärkning:" name a speaker; "Definition:" or "Mandat:" (a single ordinary word) introduce a
 * term, and "Målet är:" a clause.
 */
final class Speakers {
  private static final Pattern SPEAKER = Pattern.compile(
      "^(\\p{Lu}[\\p{L}\\d.&/-]*(?:\\s+[\\p{L}\\d.&/-]+){0,2}):\\s+(\\S.*)$");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i).*\\b(är|och|att|som|för|med|det|den|de|vi|ska|kan|har|var|om|på|till|i|en|ett)\\b.*");

  /** A line that starts with who speaks: the speaker, and what they said. */
  record Quote(String speaker, String said) {}

  private final SwedishLexicon lexicon;

  Speakers(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The speaker and what they said, or empty when the line does not start with a speaker. */
  Optional<Quote> quote(String line) {
    Matcher prefix = SPEAKER.matcher(line);
    return prefix.matches() && isSpeaker(prefix.group(1), prefix.group(2))
        ? Optional.of(new Quote(prefix.group(1), prefix.group(2))) : Optional.empty();
  }

  /** A quote after a speaker starts like a sentence; "Tema: lista, av, ord" is no quote. */
  private boolean isSpeaker(String prefix, String said) {
    if (NOT_A_NAME.matcher(prefix).matches() || Character.isLowerCase(said.codePointAt(0))) {
      return false;
    }
    return prefix.contains(" ") || !lexicon.isCommonWord(prefix);
  }
}
