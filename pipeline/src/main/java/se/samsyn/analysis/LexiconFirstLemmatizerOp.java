package se.samsyn.analysis;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import org.apache.lucene.analysis.opennlp.tools.NLPLemmatizerOp;

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
  private final Map<String, String> scriptByContext = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > CACHED_CONTEXTS;
    }
  };

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
    String[] scripts = new String[words.length]; // filled only where the next word needs it
    for (int i = 0; i < words.length; i++) {
      if (!LexiconLemmatizer.UNKNOWN.equals(lemmas[i])) {
        continue;
      }
      if (i > 0 && scripts[i - 1] == null) {
        scripts[i - 1] = LemmatizerME.encodeLemmas(new String[] {words[i - 1]}, new String[] {lemmas[i - 1]})[0];
      }
      scripts[i] = predictedScript(i, words, tags, scripts);
      String lemma = StringUtil.decodeShortestEditScript(words[i].toLowerCase(Locale.ROOT), scripts[i]);
      lemmas[i] = lemma.isEmpty() ? words[i] : lemma;
    }
    return lemmas;
  }

  private String predictedScript(int index, String[] words, String[] tags, String[] scripts) {
    String previous = index == 0 ? "" : scripts[index - 1];
    String key = previous + '\t' + words[index] + '\t' + tags[index];
    return scriptByContext.computeIfAbsent(key,
        unused -> model.getBestOutcome(model.eval(contexts.getContext(index, words, tags, scripts))));
  }
}
