package se.samsyn.analysis;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.POSTaggerME;
import org.apache.lucene.analysis.opennlp.tools.NLPPOSTaggerOp;

/**
 * Lucene's POS tagging step, answering with the Universal Dependencies tags the Swedish models
 * were trained on. Lucene's own {@link NLPPOSTaggerOp} asks OpenNLP to translate tags to the Penn
 * Treebank set (NOUN → NN, AUX → MD), which the lemmatizer model and the lexicon do not use.
 */
final class UdPosTaggerOp extends NLPPOSTaggerOp {
  private final POSTagger tagger;

  UdPosTaggerOp(POSModel model) {
    super(model);
    this.tagger = new POSTaggerME(model, POSTagFormat.UD);
  }

  @Override
  public synchronized String[] getPOSTags(String[] words) {
    return tagger.tag(words);
  }
}
