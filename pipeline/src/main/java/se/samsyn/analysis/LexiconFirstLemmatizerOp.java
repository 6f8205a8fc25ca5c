package se.samsyn.analysis;

import java.io.IOException;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import org.apache.lucene.analysis.opennlp.tools.NLPLemmatizerOp;
import se.samsyn.models.RecentAnswers;

/**
 * Lemmas from the lexicons ({@link LexiconLemmatizer}) and, for a word no lexicon knows, from the
 * statistical lemmatizer model asked about that word alone, with the context it was trained on:
 * the word, its tag and the edit script from the previous word to its lemma. Lucene's own op runs
 * the model's beam search over the whole sentence as soon as one word is unknown, ranking every
 * edit script the model knows at every word of it; that was two thirds of the analysis time. The
 * model's answer is kept per context (a bounded cache), so an unknown word seen again costs one
 * lookup. Not thread-safe, like the lexicon lookup it uses.
 */
final class LexiconFirstLemmatizerOp extends NLPLemmatizerOp {
  /** Where {@link LemmatizerModel} keeps its classifier (the key is private there). */
  private static final String MODEL_ARTIFACT = "lemmatizer.model";
  private static final int CACHED_CONTEXTS = 20_000;

  private final LexiconLemmatizer lexicon;
  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;
  private final RecentAnswers<ModelContext, String> scripts = new RecentAnswers<>(CACHED_CONTEXTS, this::predictScript);

  /** All the model looks at: the word, its tag and the previous word's edit script (null at a sentence start). */
  private record ModelContext(String previousScript, String word, String tag) {}

  LexiconFirstLemmatizerOp(LexiconLemmatizer lexicon, LemmatizerModel lemmatizerModel) throws IOException {
    super(lexicon, null);
    this.lexicon = lexicon;
    this.model = lemmatizerModel.getArtifact(MODEL_ARTIFACT);
    if (model == null) {
      throw new IOException("the lemmatizer model has no " + MODEL_ARTIFACT + " classifier");
    }
    this.contexts = lemmatizerModel.getFactory().getContextGenerator();
  }

  @Override
  public String[] lemmatize(String[] words, String[] tags) {
    String[] lemmas = lexicon.lemmatize(words, tags);
    String[] sentenceScripts = new String[words.length]; // filled only where the next word needs it
    for (int i = 0; i < words.length; i++) {
      if (!LexiconLemmatizer.UNKNOWN.equals(lemmas[i])) {
        continue;
      }
      String previous = null;
      if (i > 0) {
        if (sentenceScripts[i - 1] == null) {
          sentenceScripts[i - 1] = LemmatizerME.encodeLemmas(new String[] {words[i - 1]}, new String[] {lemmas[i - 1]})[0];
        }
        previous = sentenceScripts[i - 1];
      }
      sentenceScripts[i] = scripts.get(new ModelContext(previous, words[i], tags[i]));
      String lemma = StringUtil.decodeShortestEditScript(words[i].toLowerCase(Locale.ROOT), sentenceScripts[i]);
      lemmas[i] = lemma.isEmpty() ? words[i] : lemma;
    }
    return lemmas;
  }

  private String predictScript(ModelContext context) {
    // the context generator reads the word and tag at the index and the script just before it
    String[] features = context.previousScript() == null
        ? contexts.getContext(0, new String[] {context.word()}, new String[] {context.tag()}, new String[0])
        : contexts.getContext(1, new String[] {"", context.word()}, new String[] {"", context.tag()},
            new String[] {context.previousScript(), null});
    return model.getBestOutcome(model.eval(features));
  }
}
