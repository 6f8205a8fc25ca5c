package se.samsyn.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * After each (lemmatised, lower-cased) word, adds the lemmas of its compound parts at the same
 * position and with the same offsets, typed {@link OpenNlpSwedishAnalyzer#COMPOUND_PART}:
 * kvalitetsarbete → kvalitetsarbete, kvalitet, arbete. Words
 * joined by hyphens are split at the hyphens too (trygghets-zonen → trygghet, zon).
 */
final class CompoundPartsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final LexiconLookup lexicon;
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State word;

  CompoundPartsFilter(TokenStream input, LexiconLookup lexicon) {
    super(input);
    this.lexicon = lexicon;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.removeFirst());
      position.setPositionIncrement(0);
      type.setType(OpenNlpSwedishAnalyzer.COMPOUND_PART);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String token = term.toString();
    Set<String> parts = new LinkedHashSet<>();
    if (token.indexOf('-') > 0) {
      for (String piece : token.split("-+")) {
        addPiece(piece, parts);
      }
    } else {
      parts.addAll(lexicon.compoundParts(token));
    }
    parts.remove(token);
    if (!parts.isEmpty()) {
      pending.addAll(parts);
      word = captureState();
    }
    return true;
  }

  private void addPiece(String piece, Set<String> parts) {
    if (piece.length() < LexiconLookup.MIN_PART) {
      return;
    }
    String lemma = lexicon.lemma(piece, "");
    parts.add(lemma == null ? piece : lemma);
    parts.addAll(lexicon.compoundParts(piece));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
