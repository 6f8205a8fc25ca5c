package se.samsyn.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.DictionaryLemmatizer;

/**
 * OpenNLP's dictionary lemmatizer, answered from the Swedish lexicons instead of a tab-separated
 * word list; {@link LexiconFirstLemmatizerOp} asks the statistical lemmatizer model only about the
 * words no lexicon knows ({@value #UNKNOWN}). Punctuation is its own lemma. Not thread-safe, like
 * the lookup it wraps.
 */
final class LexiconLemmatizer extends DictionaryLemmatizer {
  /** OpenNLP's answer for a word the dictionary does not know. */
  static final String UNKNOWN = "O";

  private final LexiconLookup lookup;

  LexiconLemmatizer(LexiconLookup lookup) throws IOException {
    super(new ByteArrayInputStream(new byte[0]));
    this.lookup = lookup;
  }

  @Override
  public String[] lemmatize(String[] tokens, String[] postags) {
    String[] lemmas = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].codePoints().noneMatch(Character::isLetterOrDigit)) {
        lemmas[i] = tokens[i]; // punctuation stays as it is (the model would make "&" into "and")
        continue;
      }
      String lemma = lookup.lemma(tokens[i], postags[i]);
      lemmas[i] = lemma == null ? UNKNOWN : lemma;
    }
    return lemmas;
  }

  @Override
  public List<List<String>> lemmatize(List<String> tokens, List<String> postags) {
    String[] lemmas = lemmatize(tokens.toArray(String[]::new), postags.toArray(String[]::new));
    List<List<String>> result = new ArrayList<>(lemmas.length);
    for (String lemma : lemmas) {
      result.add(List.of(lemma));
    }
    return result;
  }
}
