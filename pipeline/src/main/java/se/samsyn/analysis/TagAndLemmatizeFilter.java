package se.samsyn.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagger;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.opennlp.tools.NLPLemmatizerOp;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.SentenceAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Tags every word of a sentence with its part of speech (the token type; Universal Dependencies
 * tags from Samsyn's models, which the lemmatizer model and the lexicon use) and replaces each word
 * not marked as keyword with its lemma, as Lucene's {@code OpenNLPPOSFilter} followed by its
 * {@code OpenNLPLemmatizerFilter} do. Those two each hold the sentence as a full copy of every
 * token's attributes (a new attribute source per token, twice); this filter holds it once, as
 * captured states. One difference: Lucene's lemmatizer filter takes a sentence to end at its last
 * lemmatised word and drops the keyword-marked words after it ("… vill vara med" ending a line or
 * the text); this filter keeps them, so a filter after it that removes them (the stop filter)
 * counts their positions.
 */
final class TagAndLemmatizeFilter extends TokenFilter {
  private final POSTagger tagger;
  private final NLPLemmatizerOp lemmatizer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final SentenceAttribute sentence = addAttribute(SentenceAttribute.class);

  private final List<State> tokens = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  /** Indexes in the sentence of the words to lemmatize (those not marked as keyword). */
  private final List<Integer> lemmatized = new ArrayList<>();
  /** The first token of the next sentence, read to find where this one ends. */
  private State nextSentenceStart;
  private boolean inputEnded;
  private String[] tags = new String[0];
  private String[] lemmas = new String[0];
  private int emitted;
  private int emittedLemmas;

  TagAndLemmatizeFilter(TokenStream input, POSTagger tagger, NLPLemmatizerOp lemmatizer) {
    super(input);
    this.tagger = tagger;
    this.lemmatizer = lemmatizer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (emitted == tokens.size() && !readSentence()) {
      return false;
    }
    restoreState(tokens.get(emitted));
    type.setType(tags[emitted]);
    if (!keyword.isKeyword()) {
      term.setEmpty().append(lemmas[emittedLemmas++]);
    }
    emitted++;
    return true;
  }

  private boolean readSentence() throws IOException {
    clearSentence();
    if (nextSentenceStart == null) {
      if (inputEnded || !input.incrementToken()) {
        inputEnded = true;
        return false;
      }
    } else {
      restoreState(nextSentenceStart);
      nextSentenceStart = null;
    }
    int index = sentence.getSentenceIndex();
    do {
      if (!keyword.isKeyword()) {
        lemmatized.add(tokens.size());
      }
      tokens.add(captureState());
      words.add(term.toString());
    } while (nextTokenInSentence(index));
    tag();
    return true;
  }

  /** Reads the next token: false at the end of the input, or when it starts the next sentence (kept for then). */
  private boolean nextTokenInSentence(int index) throws IOException {
    if (!input.incrementToken()) {
      inputEnded = true;
      return false;
    }
    if (sentence.getSentenceIndex() == index) {
      return true;
    }
    nextSentenceStart = captureState();
    return false;
  }

  private void tag() {
    tags = tagger.tag(words.toArray(String[]::new));
    String[] lemmatizedWords = new String[lemmatized.size()];
    String[] lemmatizedTags = new String[lemmatized.size()];
    for (int i = 0; i < lemmatizedWords.length; i++) {
      lemmatizedWords[i] = words.get(lemmatized.get(i));
      lemmatizedTags[i] = tags[lemmatized.get(i)];
    }
    lemmas = lemmatizer.lemmatize(lemmatizedWords, lemmatizedTags);
  }

  private void clearSentence() {
    tokens.clear();
    words.clear();
    lemmatized.clear();
    emitted = 0;
    emittedLemmas = 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    clearSentence();
    nextSentenceStart = null;
    inputEnded = false;
  }
}
