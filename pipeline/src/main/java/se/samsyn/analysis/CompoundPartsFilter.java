package se.samsyn.analysis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * After each (lemmatised, lower-cased) word, adds the lemmas of its compound parts at the same
 * position and with the same offsets, typed {@link OpenNlpSwedishAnalyzer#COMPOUND_PART}:
 * kvalitetsarbete → kvalitetsarbete, kvalitet, arbete. Words
 * joined by hyphens are split at the hyphens too (trygghets-zonen → trygghet, zon).
 */
final class CompoundPartsFilter extends StackedTermsFilter {
  private final LexiconLookup lexicon;

  CompoundPartsFilter(TokenStream input, LexiconLookup lexicon) {
    super(input);
    this.lexicon = lexicon;
  }

  @Override
  protected Collection<String> stackedTerms() {
    String token = term.toString();
    Set<String> parts = new LinkedHashSet<>();
    if (token.indexOf('-') > 0) {
      for (String piece : token.split("-+")) {
        addPiece(piece, parts);
      }
    } else {
      parts.addAll(lexicon.compoundParts(token));
    }
    return parts;
  }

  @Override
  protected String stackedType() {
    return OpenNlpSwedishAnalyzer.COMPOUND_PART;
  }

  private void addPiece(String piece, Set<String> parts) {
    if (piece.length() < LexiconLookup.MIN_PART) {
      return;
    }
    String lemma = lexicon.lemma(piece, "");
    parts.add(lemma == null ? piece : lemma);
    parts.addAll(lexicon.compoundParts(piece));
  }
}
