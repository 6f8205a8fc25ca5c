package se.samsyn.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Records each token's written form in its {@link SurfaceFormAttribute}. */
final class SurfaceFormFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final SurfaceFormAttribute surface = addAttribute(SurfaceFormAttribute.class);

  SurfaceFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    surface.setSurfaceForm(term.toString());
    return true;
  }
}
