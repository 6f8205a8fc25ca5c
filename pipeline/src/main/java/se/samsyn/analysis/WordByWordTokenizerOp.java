package se.samsyn.analysis;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.opennlp.tools.NLPTokenizerOp;
import se.samsyn.models.RecentAnswers;

/**
 * OpenNLP's tokenizer, asked once per distinct word. {@link TokenizerME} (OpenNLP 2.5) splits a
 * sentence at whitespace and then decides each whitespace-delimited word on that word's characters
 * alone (a word with punctuation attached, such as "öppenhet," or "t.ex.", is scored by the model
 * character by character), so a word's tokens are the same wherever it stands; they are kept for
 * the words seen most recently (a bounded cache). Not thread-safe, unlike Lucene's synchronised op:
 * one per analysis chain, which Lucene keeps per thread.
 */
final class WordByWordTokenizerOp extends NLPTokenizerOp {
  private static final int RECENT_WORDS = 20_000;

  /** A word's tokens, counted from its first character. */
  private final RecentAnswers<String, Span[]> tokensOfWord;

  WordByWordTokenizerOp(TokenizerModel model) {
    TokenizerME tokenizer = new TokenizerME(model);
    this.tokensOfWord = new RecentAnswers<>(RECENT_WORDS, tokenizer::tokenizePos);
  }

  @Override
  public Span[] getTerms(String sentence) {
    List<Span> tokens = new ArrayList<>();
    for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
      for (Span token : tokensOfWord.get(sentence.substring(word.getStart(), word.getEnd()))) {
        tokens.add(new Span(word.getStart() + token.getStart(), word.getStart() + token.getEnd()));
      }
    }
    return tokens.toArray(Span[]::new);
  }
}
