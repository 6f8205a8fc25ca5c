package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samsyn.analysis.AnalyzerTerms;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.models.Codebook;
import se.samsyn.models.PrincipleExamples;

/**
 * The default classifier, trained as a run trains it on material without structure (the codebook
 * and the shipped examples), on texts written for these tests: a principle's own name is
 * near-certain, naming a principle twice outweighs naming another once, and a remark about the
 * coffee is no principle.
 */
class ClassifierProbesTest {
  private static Analyzer lemmasAndParts;
  private static PrincipleClassifier.Model model;
  private static final Codebook CODEBOOK = Codebook.standard();

  @BeforeAll
  static void train() {
    lemmasAndParts = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, TestLexicons.get());
    List<PrincipleClassifier.Example> examples = new ArrayList<>(Examples.codebook(CODEBOOK));
    PrincipleExamples.standard().forEach(e -> examples.add(
        new PrincipleClassifier.Example(e.text(), e.principleIds(), PrincipleClassifier.Source.SHIPPED)));
    model = Classifiers.create(Classifiers.DEFAULT, CODEBOOK, new AnalyzerTerms(lemmasAndParts), GroupingSettings.DEFAULTS)
        .train(examples);
  }

  @AfterAll
  static void close() {
    lemmasAndParts.close();
  }

  private static double probability(String text, String principle) {
    return model.score(List.of(new PrincipleClassifier.Text(text, ""))).get(0).probabilities()[CODEBOOK.indexOf(principle)];
  }

  @ParameterizedTest
  @CsvSource({"Dialog, dialogue", "Öppenhet, openness", "Långsiktighet, long_term", "Mångfald, diversity",
      "Kvalitet, quality", "Självständighet, independence"})
  void aPrinciplesOwnNameIsNearlyCertain(String text, String principle) {
    double p = probability(text, principle);
    assertTrue(p >= 0.9, text + " → " + principle + " " + p);
    assertEquals(principle, CODEBOOK.principles().get(model.score(List.of(new PrincipleClassifier.Text(text, "")))
        .get(0).best()).id());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Alla måste ta ansvar för att skapa öppenhet och möjliggöra insyn. | openness",
      "Långsiktighet betyder att föreningarna kan planera flera år framåt, och det leder till långsiktighet i hela"
          + " arbetet. Hållbarhet kräver också kvalitet i det vi gör. | long_term"})
  void aPrincipleNamedMostWins(String text, String principle) {
    double p = probability(text, principle);
    assertTrue(p >= 0.8, text + " → " + principle + " " + p);
  }

  @ParameterizedTest
  @CsvSource({"Kaffet var kallt.", "Enkäten var för lång.", "Wi-fi fungerade inte i lokalen."})
  void offTopicRemarksAreNotConfidentlyAnyPrinciple(String text) {
    PrincipleClassifier.Scored scored = model.score(List.of(new PrincipleClassifier.Text(text, ""))).get(0);
    RunCalibration calibration = Classifiers.runCalibration(Classifiers.DEFAULT);
    double top = calibration.apply(scored.probabilities())[scored.best()];
    assertTrue(!scored.anyKnownTerm() || top < calibration.minConfidence(), text + " " + top);
  }

  @ParameterizedTest
  @CsvSource({"Dialog", "Kvalitet"})
  void evidenceNamesTheTermsThatDecided(String text) {
    PrincipleClassifier.Scored scored = model.score(List.of(new PrincipleClassifier.Text(text, ""))).get(0);
    assertEquals(text.toLowerCase(java.util.Locale.ROOT), scored.evidence(scored.best()).get(0));
  }
}
