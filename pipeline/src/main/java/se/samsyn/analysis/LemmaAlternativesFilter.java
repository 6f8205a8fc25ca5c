package se.samsyn.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * After each lemma, adds the other lemmas the lexicon gives its written form, at the same
 * position: "öppna" is the adjective öppen or the verb öppna, and a wrong part-of-speech guess
 * should not hide the statement from either search.
 */
final class LemmaAlternativesFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final SurfaceFormAttribute surface = addAttribute(SurfaceFormAttribute.class);
  private final LexiconLookup lexicon;
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State word;

  LemmaAlternativesFilter(TokenStream input, LexiconLookup lexicon) {
    super(input);
    this.lexicon = lexicon;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.removeFirst());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String lemma = term.toString();
    for (String alternative : lexicon.dictionaryLemmas(surface.surfaceForm())) {
      if (!alternative.equals(lemma) && !pending.contains(alternative)) {
        pending.add(alternative);
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
