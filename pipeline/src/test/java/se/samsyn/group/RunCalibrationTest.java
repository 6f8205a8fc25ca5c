package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samsyn.core.StatementGroups;
import se.samsyn.models.Codebook;

class RunCalibrationTest {
  private static final Codebook CODEBOOK = Codebook.standard();

  @Test
  void aTemperatureBelowOneSharpensTheProbabilitiesAndKeepsTheirOrder() {
    double[] flat = {0.4, 0.3, 0.2, 0.1};
    double[] sharp = new Calibration(0.5).rescale(flat);
    assertEquals(1, Arrays.stream(sharp).sum(), 1e-9);
    assertEquals(16 / 30.0, sharp[0], 1e-6); // squared, then normalised: 0.16 / 0.30
    assertTrue(sharp[0] > sharp[1] && sharp[1] > sharp[2] && sharp[2] > sharp[3]);
    assertArrayEquals(flat, new Calibration(1).rescale(flat), 1e-6);
    assertSame(flat, new RunCalibration(1, 0.25).apply(flat));
  }

  @Test
  void aRunDecidesOnTheClassifiersOwnTemperatureAndThreshold() {
    double[] probabilities = new double[CODEBOOK.principles().size()];
    Arrays.fill(probabilities, 0.5 / (probabilities.length - 1));
    probabilities[2] = 0.5;
    String principle = CODEBOOK.principles().get(2).id();

    assertEquals(List.of(principle), principles(probabilities, new RunCalibration(1, 0.45)));
    assertEquals(List.of(), principles(probabilities, new RunCalibration(1, 0.55)));
    assertEquals(List.of(principle), principles(probabilities, new RunCalibration(0.5, 0.55)));
  }

  @Test
  void everyClassifierARunCanUseHasItsOwnCalibration() {
    for (String name : Classifiers.names()) {
      RunCalibration calibration = Classifiers.runCalibration(name);
      assertTrue(calibration.minConfidence() > 0, name);
    }
    assertEquals(0.20, Classifiers.runCalibration("naive-bayes").minConfidence());
    assertEquals(0.25, Classifiers.runCalibration(Classifiers.DEFAULT).minConfidence());
  }

  /** The principles a grouper gives a statement its classifier scores with these probabilities. */
  private static List<String> principles(double[] probabilities, RunCalibration calibration) {
    PrincipleClassifier fixed = new PrincipleClassifier() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public Model train(List<Example> examples) {
        return texts -> texts.stream().map(t -> new Scored(probabilities.clone(), true, p -> List.of())).toList();
      }
    };
    Grouper grouper = new Grouper(CODEBOOK, fixed, calibration, (statements, background) -> List.of(),
        GroupingSettings.DEFAULTS, List.of());
    StatementGroups groups = grouper.group(List.of(new GroupingInput("s-1", "d", "Något helt annat", List.of())), List.of())
        .byStatement().get("s-1");
    return groups.assignments().stream().map(a -> a.principleId()).toList();
  }
}
