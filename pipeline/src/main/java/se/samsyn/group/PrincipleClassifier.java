package se.samsyn.group;

import java.util.ArrayList;
import java.util.List;
import se.samsyn.models.Codebook;

/**
 * The {@code classifier} method: scores texts against every principle of the codebook with a
 * nearest-centroid model over TF-IDF lemma vectors. Each centroid combines the principle's codebook
 * text (names, aliases, seed terms and Swedish definition) with the statements the material's own
 * structure labelled (distant supervision); scores are calibrated to probabilities.
 */
public final class PrincipleClassifier {
  /** A text with the principles it is known to speak to. */
  public record Example(String text, List<String> principleIds) {
    public Example {
      principleIds = List.copyOf(principleIds);
    }
  }

  /** The outcome for one text: probability per principle (codebook order) and evidence terms. */
  public record Scored(double[] probabilities, boolean anyKnownTerm, List<List<String>> evidence) {}

  private final Codebook codebook;
  private final TermFeatures features;
  private final GroupingSettings settings;

  public PrincipleClassifier(Codebook codebook, TermFeatures features, GroupingSettings settings) {
    this.codebook = codebook;
    this.features = features;
    this.settings = settings;
  }

  /** Trains on the examples and scores the texts (document frequencies come from both). */
  public List<Scored> scoreAll(List<Example> examples, List<String> texts) {
    List<Codebook.Principle> principles = codebook.principles();
    Vocabulary vocabulary = new Vocabulary();
    List<int[]> prototypes = new ArrayList<>();
    for (Codebook.Principle principle : principles) {
      List<String> names = new ArrayList<>(principle.names());
      names.addAll(principle.seedTerms());
      prototypes.add(vocabulary.addAll(features.terms(String.join(". ", names))));
      prototypes.add(vocabulary.addAll(features.terms(principle.definitionSv())));
    }
    List<int[]> exampleTerms = examples.stream().map(e -> vocabulary.addAll(features.terms(e.text()))).toList();
    List<int[]> textTerms = texts.stream().map(t -> vocabulary.addAll(features.terms(t))).toList();
    List<int[]> all = new ArrayList<>(exampleTerms);
    all.addAll(textTerms);
    all.addAll(prototypes);
    TfIdf tfIdf = TfIdf.fit(all, vocabulary.size());
    SparseRows exampleRows = tfIdf.rows(exampleTerms);
    CentroidClassifier model = train(tfIdf, prototypes, examples, exampleRows, vocabulary.size());
    Calibration calibration = calibrate(model, examples, exampleRows);
    SparseRows rows = tfIdf.rows(textTerms);
    List<Scored> out = new ArrayList<>();
    float[] scores = new float[principles.size()];
    for (int r = 0; r < rows.rows(); r++) {
      model.score(rows, r, scores);
      double[] probabilities = new double[principles.size()];
      calibration.probabilities(scores, probabilities);
      boolean known = false;
      List<List<String>> evidence = new ArrayList<>();
      for (int p = 0; p < principles.size(); p++) {
        known |= scores[p] > 0;
        List<String> terms = new ArrayList<>();
        for (int term : model.topTerms(rows, r, p, settings.evidenceTerms())) {
          terms.add(vocabulary.term(term));
        }
        evidence.add(terms);
      }
      out.add(new Scored(probabilities, known, evidence));
    }
    return out;
  }

  private CentroidClassifier train(TfIdf tfIdf, List<int[]> prototypes, List<Example> examples,
      SparseRows exampleRows, int vocabularySize) {
    List<Codebook.Principle> principles = codebook.principles();
    List<SparseRows> rows = new ArrayList<>();
    List<float[]> weights = new ArrayList<>();
    for (int p = 0; p < principles.size(); p++) {
      String id = principles.get(p).id();
      SparseRows.Builder builder = new SparseRows.Builder();
      tfIdf.addRow(prototypes.get(2 * p), builder);
      tfIdf.addRow(prototypes.get(2 * p + 1), builder);
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).principleIds().contains(id)) {
          members.add(i);
          int from = exampleRows.offsets()[i];
          int to = exampleRows.offsets()[i + 1];
          builder.add(java.util.Arrays.copyOfRange(exampleRows.terms(), from, to),
              java.util.Arrays.copyOfRange(exampleRows.weights(), from, to));
        }
      }
      float[] w = new float[2 + members.size()];
      w[0] = (float) settings.codebookWeight();
      w[1] = (float) settings.codebookWeight();
      for (int i = 0; i < members.size(); i++) {
        w[2 + i] = 1f / members.size();
      }
      rows.add(builder.build());
      weights.add(w);
    }
    return CentroidClassifier.train(vocabularySize, rows, weights);
  }

  private Calibration calibrate(CentroidClassifier model, List<Example> examples, SparseRows rows) {
    List<float[]> scores = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).principleIds().size() != 1) {
        continue;
      }
      int p = index(examples.get(i).principleIds().get(0));
      if (p >= 0 && rows.offsets()[i + 1] > rows.offsets()[i]) {
        float[] s = new float[model.principles()];
        model.score(rows, i, s);
        scores.add(s);
        truth.add(p);
      }
    }
    return Calibration.fit(scores, truth.stream().mapToInt(Integer::intValue).toArray());
  }

  private int index(String principleId) {
    List<Codebook.Principle> principles = codebook.principles();
    for (int p = 0; p < principles.size(); p++) {
      if (principles.get(p).id().equals(principleId)) {
        return p;
      }
    }
    return -1;
  }
}
