package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samsyn.core.StatementGroups;
import se.samsyn.models.Codebook;

class RunCalibrationTest {
  private static final Codebook CODEBOOK = Codebook.standard();
  /** A line of {@code samsyn eval}'s "chosen on all folds" list: name, variant, temperature, threshold. */
  private static final Pattern CHOSEN = Pattern.compile("- ([a-z-]+): (.*), temperature ([0-9.]+), threshold ([0-9.]+)");

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

  /**
   * What a run uses for each classifier is what {@code samsyn eval} chose on all development documents,
   * as the command wrote it under GROUPING.md's table: the threshold, and the temperature (the logistic
   * classifiers' among their settings, with the rest of the settings chosen).
   */
  @Test
  void everyClassifierARunCanUseRunsAsEvaluationChose() throws IOException {
    Map<String, Matcher> chosen = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("GROUPING.md"))) {
      Matcher m = CHOSEN.matcher(line);
      if (m.matches()) {
        chosen.put(m.group(1), m);
      }
    }
    for (String name : Classifiers.names()) {
      Matcher listed = chosen.get(name);
      assertNotNull(listed, name + " is not listed under GROUPING.md's table");
      RunCalibration calibration = Classifiers.runCalibration(name);
      assertEquals(Double.parseDouble(listed.group(4)), calibration.minConfidence(), name);
      double temperature = Double.parseDouble(listed.group(3));
      if (Classifiers.create(name, CODEBOOK, text -> List.of(), GroupingSettings.DEFAULTS)
          instanceof LogisticClassifier logistic) {
        assertEquals(1, calibration.temperature(), name);
        assertEquals(listed.group(2).replace("temperature=1.0", "temperature=" + temperature),
            logistic.settings().toString(), name);
      } else {
        assertEquals(temperature, calibration.temperature(), name);
      }
    }
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
