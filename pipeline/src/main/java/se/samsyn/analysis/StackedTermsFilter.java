package se.samsyn.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * After each token, adds further terms for the same word at the same position and with the same
 * offsets (like synonyms), so phrase and proximity queries still line up.
 */
abstract class StackedTermsFilter extends TokenFilter {
  protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State word;

  StackedTermsFilter(TokenStream input) {
    super(input);
  }

  /** Further terms for the current token; repeats of the token itself are skipped. */
  protected abstract Collection<String> stackedTerms();

  /** The token type of added terms, or null to keep the word's type. */
  protected String stackedType() {
    return null;
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.removeFirst());
      position.setPositionIncrement(0);
      if (stackedType() != null) {
        type.setType(stackedType());
      }
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String token = term.toString();
    for (String extra : stackedTerms()) {
      if (!extra.equals(token) && !pending.contains(extra)) {
        pending.add(extra);
      }
    }
    if (!pending.isEmpty()) {
      word = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
