package se.samsyn.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.samsyn.group.Calibration;
import se.samsyn.group.LinearClassifier;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.SparseRows;
import se.samsyn.group.TfIdf;
import se.samsyn.group.Vocabulary;
import se.samsyn.models.Codebook;

/**
 * Baseline: TF-IDF nearest centroid over written words, trained on the labelled examples; the
 * probabilities are a softmax of the cosines at temperature {@link #TEMPERATURE}.
 */
final class CentroidBaseline implements PrincipleClassifier {
  private static final double TEMPERATURE = 0.1;

  private final Codebook codebook;

  CentroidBaseline(Codebook codebook) {
    this.codebook = codebook;
  }

  @Override
  public String name() {
    return "tfidf-centroid";
  }

  @Override
  public Model train(List<Example> training) {
    Vocabulary vocabulary = new Vocabulary();
    List<int[]> examples = training.stream().map(e -> vocabulary.addAll(Words.of(e.text()))).toList();
    TfIdf tfIdf = TfIdf.fit(examples, vocabulary.size());
    List<SparseRows> rows = new ArrayList<>();
    List<float[]> weights = new ArrayList<>();
    for (Codebook.Principle principle : codebook.principles()) {
      SparseRows.Builder builder = new SparseRows.Builder();
      int n = 0;
      for (int i = 0; i < training.size(); i++) {
        if (training.get(i).principleIds().contains(principle.id())) {
          tfIdf.addRow(examples.get(i), builder);
          n++;
        }
      }
      float[] w = new float[n];
      Arrays.fill(w, 1f);
      rows.add(builder.build());
      weights.add(w);
    }
    LinearClassifier model = LinearClassifier.centroids(vocabulary.size(), rows, weights);
    Calibration calibration = new Calibration(TEMPERATURE);
    return texts -> {
      // words never seen in training meet no centroid
      List<int[]> tests = texts.stream().map(t -> vocabulary.known(Words.of(t.text()))).toList();
      SparseRows testRows = tfIdf.rows(tests);
      float[] cosines = new float[model.principles()];
      List<Scored> out = new ArrayList<>();
      for (int r = 0; r < tests.size(); r++) {
        model.score(testRows, r, cosines);
        double[] p = new double[cosines.length];
        calibration.probabilities(cosines, p);
        out.add(new Scored(p, tests.get(r).length > 0, principle -> List.of()));
      }
      return out;
    };
  }
}
