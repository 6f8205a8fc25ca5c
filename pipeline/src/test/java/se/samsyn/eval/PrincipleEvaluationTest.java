package se.samsyn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samsyn.group.Grouper;
import se.samsyn.group.GroupingInput;
import se.samsyn.group.GroupingSettings;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

class PrincipleEvaluationTest {
  private final Grouper grouper = new Grouper(Codebook.standard(),
      text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList(),
      text -> List.of(), GroupingSettings.DEFAULTS, List.of());

  /** Answers "dialogue" for every text and remembers what it was trained on and asked about. */
  private static final class Spy implements EvalMethod {
    final List<Set<String>> trainedOn = new ArrayList<>();
    final List<List<PrincipleClassifier.Text>> askedAbout = new ArrayList<>();

    @Override
    public String name() {
      return "spy";
    }

    @Override
    public List<String> predict(List<PrincipleClassifier.Example> training, List<PrincipleClassifier.Text> texts) {
      Set<String> trained = new HashSet<>();
      training.forEach(example -> trained.add(example.text()));
      trainedOn.add(trained);
      askedAbout.add(texts);
      return texts.stream().map(t -> "dialogue").toList();
    }
  }

  private static RunStatement statement(String id, String document, String text, String heading, String principle) {
    GroupingInput input = new GroupingInput(id, document, text, List.of(heading), GroupingInput.passage(List.of(), "page 1"));
    return new RunStatement(input, List.of(principle), "heading");
  }

  @Test
  void eachDocumentIsClassifiedByAModelThatNeverSawIt() {
    List<RunStatement> run = List.of(
        statement("a-1", "a", "Vi träffas varje månad", "2. Dialog", "dialogue"),
        statement("a-2", "a", "Samtal mellan parterna", "2. Dialog", "dialogue"),
        statement("b-1", "b", "Resultaten följs upp varje år", "3. Kvalitet", "quality"),
        statement("b-2", "b", "Vi mäter vad stödet ger", "3. Kvalitet", "quality"));
    List<GoldItem> gold = List.of(new GoldItem("a-1", "a-set", List.of("dialogue")),
        new GoldItem("b-1", "b-set", List.of("quality")), new GoldItem("b-2", "b-set", List.of("quality")));
    Spy spy = new Spy();
    List<PrincipleClassifier.Example> shipped = List.of(new PrincipleClassifier.Example("Öppna möten", List.of("openness")));
    Map<String, Map<String, Metrics>> results = new PrincipleEvaluation(grouper, List.of(spy), shipped).evaluate(run, gold);

    assertEquals(2, spy.askedAbout.size(), "one model per held-out document");
    for (int fold = 0; fold < 2; fold++) {
      Set<String> trained = spy.trainedOn.get(fold);
      assertTrue(trained.contains("Öppna möten"), "shipped examples are in every fold");
      for (PrincipleClassifier.Text held : spy.askedAbout.get(fold)) {
        assertFalse(trained.contains(held.text()), "fold " + fold + " trained on its own " + held.text());
      }
      assertEquals(2, trained.size() - 1, "the other document's two statements, labelled by their heading");
    }
    assertEquals(1.0, results.get(PrincipleEvaluation.ALL).get(PrincipleEvaluation.STRUCTURE).accuracy(), 1e-9);
    assertEquals(1 / 3.0, results.get(PrincipleEvaluation.ALL).get("spy").accuracy(), 1e-9);
    assertEquals(1.0, results.get("a-set").get("spy").accuracy(), 1e-9);
    assertEquals(0.0, results.get("b-set").get("spy").accuracy(), 1e-9);
  }
}
