package se.samsyn.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import se.samsyn.models.OpenNlpLowerCase;

/**
 * OpenNLP's sentence detector with its abbreviation check prepared once. At every break the model
 * proposes, {@link SentenceDetectorME} lower-cases the whole text and every abbreviation of the
 * dictionary again (through an {@code IntStream} per string): 12 % of the index build. Here the
 * abbreviations are lower-cased once and the text once per detection (as OpenNLP lower-cases, without
 * the stream), and the check is otherwise OpenNLP's 2.5 one, so the sentences are the same. Not
 * thread-safe, like {@link SentenceDetectorME}.
 */
public final class PreparedSentenceDetector extends SentenceDetectorME {
  private final boolean caseSensitive;
  /** The abbreviations as the check compares them: lower-cased unless the dictionary is case-sensitive. */
  private final String[] abbreviations;
  /** The text of the detection under way as the check compares it, once the check needs it. */
  private String compared;

  public PreparedSentenceDetector(SentenceModel model) {
    super(model);
    Dictionary dictionary = model.getAbbreviations();
    this.caseSensitive = dictionary != null && dictionary.isCaseSensitive();
    List<String> prepared = new ArrayList<>();
    if (dictionary != null) {
      for (StringList abbreviation : dictionary) {
        String token = abbreviation.getToken(0);
        prepared.add(caseSensitive ? token : OpenNlpLowerCase.of(token));
      }
    }
    this.abbreviations = dictionary == null ? null : prepared.toArray(String[]::new);
  }

  @Override
  public Span[] sentPosDetect(CharSequence s) {
    try {
      return super.sentPosDetect(s);
    } finally {
      compared = null;
    }
  }

  /**
   * OpenNLP's rule: false when an abbreviation occurs between {@code fromIndex} and the candidate
   * break, reaching at least to the character before it, and either starts the span and ends at
   * the break or follows whitespace, an apostrophe or an opening parenthesis.
   */
  @Override
  protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
    if (abbreviations == null) {
      return true;
    }
    if (compared == null) {
      compared = caseSensitive ? s.toString() : OpenNlpLowerCase.of(s);
    }
    String text = compared;
    for (String token : abbreviations) {
      for (int at = text.indexOf(token, fromIndex); at != -1 && at <= candidateIndex; at = text.indexOf(token, at + 1)) {
        if (at == fromIndex && text.substring(at, candidateIndex + 1).equals(token)) {
          return false;
        }
        char before = s.charAt(at == fromIndex ? at : at - 1);
        if (at + token.length() >= candidateIndex
            && (Character.isWhitespace(before) || isApostrophe(before) || before == '(')) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '`' || c == '´';
  }
}
