package se.samsyn.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Splits punctuation the tokenizer left attached to words into tokens of its own: brackets and
 * bullets ("(referenspunkt", "-öppenhet") and slashes between words ("förnyelse/innovation",
 * "org./mångfald"), so that the tagger, the lexicon and exact matching see each word. Hyphens,
 * full stops, colons and apostrophes inside a word stay (ÖK-principer, t.ex, ÖK:s).
 */
final class PunctuationSplitFilter extends TokenFilter {
  private static final String CONNECTORS = "-.:'’";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<int[]> pieces = new ArrayDeque<>();
  private String text;
  private int start;
  private AttributeSource.State state;

  PunctuationSplitFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pieces.isEmpty()) {
      if (!input.incrementToken()) {
        return false;
      }
      text = term.toString();
      if (offset.endOffset() - offset.startOffset() != text.length() || !split()) {
        return true;
      }
      start = offset.startOffset();
      state = captureState();
    }
    int[] piece = pieces.removeFirst();
    restoreState(state);
    term.setEmpty().append(text, piece[0], piece[1]);
    offset.setOffset(start + piece[0], start + piece[1]);
    if (piece[0] > 0) {
      position.setPositionIncrement(1);
    }
    return true;
  }

  /** Fills {@link #pieces} with the word and punctuation runs of the token; false for one run. */
  private boolean split() {
    int i = 0;
    while (i < text.length()) {
      int end = i;
      if (Character.isLetterOrDigit(text.charAt(i))) {
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
            || (CONNECTORS.indexOf(text.charAt(end)) >= 0 && end + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(end + 1))))) {
          end++;
        }
      } else {
        while (end < text.length() && !Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
      }
      pieces.add(new int[] {i, end});
      i = end;
    }
    if (pieces.size() == 1) {
      pieces.clear();
      return false;
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pieces.clear();
    state = null;
  }
}
