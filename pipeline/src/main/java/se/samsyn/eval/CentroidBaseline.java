package se.samsyn.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.samsyn.group.LinearClassifier;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.SparseRows;
import se.samsyn.group.TfIdf;
import se.samsyn.group.Vocabulary;
import se.samsyn.models.Codebook;

/** Baseline: TF-IDF nearest centroid over written words, trained on the labelled examples only. */
final class CentroidBaseline implements EvalMethod {
  private final Codebook codebook;

  CentroidBaseline(Codebook codebook) {
    this.codebook = codebook;
  }

  @Override
  public String name() {
    return "tfidf-centroid";
  }

  @Override
  public List<String> predict(List<PrincipleClassifier.Example> training, List<PrincipleClassifier.Text> texts) {
    Vocabulary vocabulary = new Vocabulary();
    List<int[]> examples = training.stream().map(e -> vocabulary.addAll(EvalMethod.words(e.text()))).toList();
    TfIdf tfIdf = TfIdf.fit(examples, vocabulary.size());
    // words never seen in training meet no centroid
    List<int[]> tests = texts.stream().map(t -> vocabulary.known(EvalMethod.words(t.text()))).toList();
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
    SparseRows testRows = tfIdf.rows(tests);
    int[] best = new int[tests.size()];
    float[] score = new float[tests.size()];
    model.assign(testRows, best, score);
    List<String> predictions = new ArrayList<>();
    for (int i = 0; i < best.length; i++) {
      predictions.add(score[i] > 0 ? codebook.principles().get(best[i]).id() : "other");
    }
    return predictions;
  }
}
