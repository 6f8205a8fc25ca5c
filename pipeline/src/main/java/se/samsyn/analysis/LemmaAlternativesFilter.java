package se.samsyn.analysis;

import java.util.Collection;
import org.apache.lucene.analysis.TokenStream;

/**
 * After each lemma, adds the other lemmas the lexicon gives its written form, at the same
 * position: "öppna" is the adjective öppen or the verb öppna, and a wrong part-of-speech guess
 * should not hide the statement from either search.
 */
final class LemmaAlternativesFilter extends StackedTermsFilter {
  private final SurfaceFormAttribute surface = addAttribute(SurfaceFormAttribute.class);
  private final LexiconLookup lexicon;

  LemmaAlternativesFilter(TokenStream input, LexiconLookup lexicon) {
    super(input);
    this.lexicon = lexicon;
  }

  @Override
  protected Collection<String> stackedTerms() {
    return lexicon.dictionaryLemmas(surface.surfaceForm());
  }
}
