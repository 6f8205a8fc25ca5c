package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samsyn.analysis.AnalyzerTerms;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.models.Codebook;
import se.samsyn.models.PrincipleExamples;

/**
 * A solver that reaches the optimum gives the same model whatever order the examples come in: the
 * penalised objective does not depend on it, only an unfinished search does.
 */
class LogisticSolverConvergenceTest {
  private static final Codebook CODEBOOK = Codebook.standard();
  /** A weak penalty (C = 30) leaves a long way to the optimum. */
  private static final LogisticClassifier.Settings WEAK_PENALTY = new LogisticClassifier.Settings(30, 1, 4, 4, 2, InPassage.Pooling.PRODUCT, 1);
  private static Analyzer lemmasAndParts;
  private static List<PrincipleClassifier.Example> examples;
  private static List<PrincipleClassifier.Text> texts;

  @BeforeAll
  static void examples() {
    lemmasAndParts = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, TestLexicons.get());
    examples = new ArrayList<>(Examples.codebook(CODEBOOK));
    PrincipleExamples.standard().forEach(e -> examples.add(
        new PrincipleClassifier.Example(e.text(), e.principleIds(), PrincipleClassifier.Source.SHIPPED)));
    texts = examples.stream().map(e -> new PrincipleClassifier.Text(e.text(), "")).toList();
  }

  @AfterAll
  static void close() {
    lemmasAndParts.close();
  }

  @ParameterizedTest
  @EnumSource(names = "ONE_VS_REST")
  void theExamplesOrderDoesNotChangeTheModel(LogisticClassifier.Solver solver) {
    LogisticClassifier classifier = new LogisticClassifier(CODEBOOK,
        new ClassifierFeatures(CODEBOOK, new AnalyzerTerms(lemmasAndParts)), solver, WEAK_PENALTY, 3);
    List<PrincipleClassifier.Example> reversed = new ArrayList<>(examples);
    java.util.Collections.reverse(reversed);
    List<PrincipleClassifier.Scored> forward = classifier.train(examples).score(texts);
    List<PrincipleClassifier.Scored> backward = classifier.train(reversed).score(texts);
    double largest = 0;
    int changedBest = 0;
    for (int i = 0; i < texts.size(); i++) {
      double[] a = forward.get(i).probabilities();
      double[] b = backward.get(i).probabilities();
      for (int p = 0; p < a.length; p++) {
        largest = Math.max(largest, Math.abs(a[p] - b[p]));
      }
      changedBest += forward.get(i).best() == backward.get(i).best() ? 0 : 1;
    }
    System.err.println(solver + ": largest difference " + largest + ", best changed " + changedBest + " of " + texts.size());
    assertTrue(largest < 1e-3, solver + ": a probability moved by " + largest + " with the examples reversed");
  }
}
