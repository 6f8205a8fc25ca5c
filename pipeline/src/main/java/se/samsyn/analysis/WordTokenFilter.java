package se.samsyn.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Keeps tokens with at least one letter or digit: drops the punctuation OpenNLP tokenises. */
final class WordTokenFilter extends FilteringTokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  WordTokenFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetterOrDigit(term.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
