package se.samsyn.analysis;

import opennlp.tools.postag.POSModel;
import org.apache.lucene.analysis.opennlp.tools.NLPPOSTaggerOp;
import se.samsyn.models.GreedyPosTagger;

/**
 * Lucene's POS tagging step, answering with the Universal Dependencies tags the Swedish models
 * were trained on, decoded greedily ({@link GreedyPosTagger}: the same tags as OpenNLP's beam
 * search on all but one of 20,386 held-out words, in less than half the time). Lucene's own
 * {@link NLPPOSTaggerOp} runs that beam search and asks OpenNLP to translate tags to the Penn
 * Treebank set (NOUN → NN, AUX → MD), which the lemmatizer model and the lexicon do not use.
 */
final class UdPosTaggerOp extends NLPPOSTaggerOp {
  private final GreedyPosTagger tagger;

  UdPosTaggerOp(POSModel model) {
    super(model);
    this.tagger = new GreedyPosTagger(model);
  }

  @Override
  public synchronized String[] getPOSTags(String[] words) {
    return tagger.tag(words);
  }
}
