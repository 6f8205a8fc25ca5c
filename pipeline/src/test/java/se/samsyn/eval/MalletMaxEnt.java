package se.samsyn.eval;

import cc.mallet.classify.Classifier;
import cc.mallet.classify.MaxEntTrainer;
import cc.mallet.pipe.Noop;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureVector;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import cc.mallet.types.LabelAlphabet;
import cc.mallet.types.Labeling;
import cc.mallet.util.MalletLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/**
 * Peer library: MALLET's maximum-entropy (logistic regression) classifier over written-word counts,
 * trained on the same examples as Samsyn's classifiers (codebook texts among them). A test
 * dependency, not a product one: {@code samsyn eval} finds it through {@link Registration} when the
 * tests' classes are on the class path.
 */
final class MalletMaxEnt implements PrincipleClassifier {
  static final String NAME = "mallet-maxent";

  /** Registers the peer as {@code mallet-maxent} (META-INF/services/se.samsyn.eval.Baseline). */
  public static final class Registration implements Baseline {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public PrincipleClassifier create(Codebook codebook) {
      return new MalletMaxEnt(codebook);
    }
  }

  /**
   * MALLET replaces the java.util.logging configuration with its own (root level INFO) the first
   * time it makes a logger, and then logs every optimiser step; once that has happened, the root
   * level goes back to warnings. Kept referenced so that the level stays set.
   */
  private static final Logger ROOT = quietAfterMallet();

  private final Codebook codebook;

  MalletMaxEnt(Codebook codebook) {
    this.codebook = codebook;
  }

  private static Logger quietAfterMallet() {
    MalletLogger.getLogger(MalletMaxEnt.class.getName());
    Logger root = Logger.getLogger("");
    root.setLevel(Level.WARNING);
    return root;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Model train(List<Example> training) {
    Alphabet features = new Alphabet();
    LabelAlphabet labels = new LabelAlphabet();
    InstanceList instances = new InstanceList(new Noop(features, labels));
    int n = 0;
    for (Example example : training) {
      for (String id : example.principleIds()) {
        instances.add(new Instance(vector(features, example.text(), true), labels.lookupLabel(id),
            "example-" + n++, null));
      }
    }
    Classifier classifier = new MaxEntTrainer().train(instances);
    features.stopGrowth();
    return texts -> texts.stream().map(text -> {
      FeatureVector vector = vector(features, text.text(), false);
      double[] p = new double[codebook.principles().size()];
      Labeling labeling = classifier.classify(new Instance(vector, null, "test", null)).getLabeling();
      for (int k = 0; k < p.length; k++) {
        int label = labels.lookupIndex(codebook.principles().get(k).id(), false);
        p[k] = label < 0 ? 0 : labeling.value(label);
      }
      return new Scored(p, vector.numLocations() > 0, principle -> List.of());
    }).toList();
  }

  private static FeatureVector vector(Alphabet features, String text, boolean grow) {
    Map<Integer, Double> counts = new TreeMap<>();
    for (String word : Words.of(text)) {
      int index = features.lookupIndex(word, grow);
      if (index >= 0) {
        counts.merge(index, 1.0, Double::sum);
      }
    }
    int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[] values = counts.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new FeatureVector(features, indices, values);
  }
}
