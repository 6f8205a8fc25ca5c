package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samsyn.analysis.AnalyzerTerms;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.eval.PrincipleEvaluation;
import se.samsyn.models.Codebook;
import se.samsyn.models.PrincipleExamples;

/**
 * The default classifier, trained as a run trains it on material without structure (the codebook
 * and the shipped examples), on texts written for these tests: a principle's own name is
 * near-certain, naming a principle twice outweighs naming another once, and off-topic remarks (the
 * coffee, the Wi-Fi) are given a principle less often than by the TF-IDF peer.
 */
class ClassifierProbesTest {
  private static Analyzer lemmasAndParts;
  private static PrincipleClassifier.Model model;
  private static final Codebook CODEBOOK = Codebook.standard();
  private static final Path OFF_TOPIC = Path.of("../corpus/gold/off-topic");

  @BeforeAll
  static void train() {
    lemmasAndParts = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, TestLexicons.get());
    model = Classifiers.create(Classifiers.DEFAULT, CODEBOOK, new AnalyzerTerms(lemmasAndParts), GroupingSettings.DEFAULTS)
        .train(examples());
  }

  /** What a run over material without structure learns from: the codebook and the shipped examples. */
  private static List<PrincipleClassifier.Example> examples() {
    List<PrincipleClassifier.Example> examples = new ArrayList<>(Examples.codebook(CODEBOOK));
    PrincipleExamples.standard().forEach(e -> examples.add(
        new PrincipleClassifier.Example(e.text(), e.principleIds(), PrincipleClassifier.Source.SHIPPED)));
    return examples;
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

  /**
   * The off-topic remarks written for evaluation ({@code corpus/gold/off-topic}), each read alone, with
   * no passage around it: at most a quarter of them are given a principle at the run's calibration and
   * abstention threshold, and fewer than by the TF-IDF peer trained on the same examples at its own.
   */
  @Test
  void fewOffTopicRemarksAreGivenAPrincipleAndFewerThanByThePeer() throws IOException {
    List<String> remarks = new ArrayList<>();
    try (Stream<Path> files = Files.list(OFF_TOPIC)) {
      for (Path file : files.sorted().toList()) {
        remarks.addAll(PrincipleEvaluation.readRemarks(file));
      }
    }
    List<String> given = givenAPrinciple(Classifiers.DEFAULT, model, remarks);
    List<String> givenByPeer = givenAPrinciple("tfidf-logistic",
        Classifiers.create("tfidf-logistic", CODEBOOK, text -> List.of(), GroupingSettings.DEFAULTS).train(examples()), remarks);
    assertTrue(remarks.size() >= 30, "the off-topic files were read: " + remarks.size());
    String report = given.size() + " of " + remarks.size() + " given a principle (" + givenByPeer.size() + " by the peer): " + given;
    assertTrue(given.size() < givenByPeer.size(), report);
    assertTrue(given.size() <= remarks.size() / 4, report);
  }

  private static List<String> givenAPrinciple(String classifier, PrincipleClassifier.Model trained, List<String> remarks) {
    RunCalibration calibration = Classifiers.runCalibration(classifier);
    List<String> given = new ArrayList<>();
    for (String remark : remarks) {
      PrincipleClassifier.Scored scored = trained.score(List.of(new PrincipleClassifier.Text(remark, ""))).get(0);
      double top = calibration.apply(scored.probabilities())[scored.best()];
      if (scored.anyKnownTerm() && top >= calibration.minConfidence()) {
        given.add(remark + " → " + CODEBOOK.principles().get(scored.best()).id() + " " + top);
      }
    }
    return given;
  }

  @ParameterizedTest
  @CsvSource({"Dialog", "Kvalitet"})
  void evidenceNamesTheTermsThatDecided(String text) {
    PrincipleClassifier.Scored scored = model.score(List.of(new PrincipleClassifier.Text(text, ""))).get(0);
    assertEquals(text.toLowerCase(java.util.Locale.ROOT), scored.evidence(scored.best()).get(0));
  }
}
