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
import se.samsyn.group.Classifiers;
import se.samsyn.group.Grouper;
import se.samsyn.group.GroupingInput;
import se.samsyn.group.GroupingSettings;
import se.samsyn.group.NaiveBayesClassifier;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

class PrincipleEvaluationTest {
  private final Grouper grouper = new Grouper(Codebook.standard(), new NaiveBayesClassifier(Codebook.standard(),
      text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList(),
      GroupingSettings.DEFAULTS), Classifiers.runCalibration("naive-bayes"), (statements, background) -> List.of(),
      GroupingSettings.DEFAULTS, List.of());

  /** Answers "dialogue" for every text and remembers what each model was trained on and asked about. */
  private static final class Spy implements PrincipleClassifier {
    final List<Set<String>> trainedOn = new ArrayList<>();
    final List<List<PrincipleClassifier.Text>> askedAbout = new ArrayList<>();

    @Override
    public String name() {
      return "spy";
    }

    @Override
    public Model train(List<Example> training) {
      Set<String> trained = new HashSet<>();
      training.forEach(example -> trained.add(example.text()));
      return texts -> {
        trainedOn.add(trained);
        askedAbout.add(texts);
        int dialogue = Codebook.standard().indexOf("dialogue");
        return texts.stream().map(t -> {
          double[] p = new double[Codebook.standard().principles().size()];
          p[dialogue] = 1;
          return new Scored(p, true, k -> List.of());
        }).toList();
      };
    }
  }

  /** Gives every text the same leaning to one principle, whatever it learned from. */
  private record Leaning(String principle) implements PrincipleClassifier {
    @Override
    public String name() {
      return "leaning to " + principle;
    }

    @Override
    public Model train(List<Example> training) {
      int leaning = Codebook.standard().indexOf(principle);
      int principles = Codebook.standard().principles().size();
      return texts -> texts.stream().map(t -> {
        double[] p = new double[principles];
        Arrays.fill(p, 0.3 / (principles - 1));
        p[leaning] = 0.7;
        return new Scored(p, true, k -> List.of());
      }).toList();
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
    List<PrincipleClassifier.Example> shipped =
        List.of(new PrincipleClassifier.Example("Öppna möten", List.of("openness"), PrincipleClassifier.Source.SHIPPED));
    PrincipleEvaluation.Results results = new PrincipleEvaluation(grouper, List.of(EvalMethod.of(spy)), shipped)
        .evaluate(run, gold, Map.of("remarks.txt", List.of("Kaffet var kallt")));

    assertTrue(spy.askedAbout.size() >= 3, "a model per held-out fold, and more to choose on the others");
    for (int model = 0; model < spy.askedAbout.size(); model++) {
      Set<String> trained = spy.trainedOn.get(model);
      assertTrue(trained.contains("Öppna möten"), "shipped examples are in every model");
      for (PrincipleClassifier.Text held : spy.askedAbout.get(model)) {
        assertFalse(trained.contains(held.text()), "model " + model + " trained on its own " + held.text());
      }
    }
    Map<String, Map<String, SetMetrics>> bySet = new EvalReport(results).bySet();
    assertEquals(1.0, bySet.get(PrincipleEvaluation.ALL).get(PrincipleEvaluation.STRUCTURE).top1(), 1e-9);
    assertEquals(1 / 3.0, bySet.get(PrincipleEvaluation.ALL).get("spy").top1(), 1e-9);
    assertEquals(1.0, bySet.get("a-set").get("spy").top1(), 1e-9);
    assertEquals(0.0, bySet.get("b-set").get("spy").top1(), 1e-9);
    assertEquals(1, bySet.get(PrincipleEvaluation.OFF_TOPIC).get("spy").items());
    assertEquals(1.0, bySet.get(PrincipleEvaluation.OFF_TOPIC).get("spy").givenPrinciple(), 1e-9,
        "a spy sure of dialogue gives the off-topic remark a principle at every threshold");
  }

  @Test
  void everyDocumentCountsAlikeWhenSettingsAreChosen() {
    List<RunStatement> run = new ArrayList<>();
    List<GoldItem> gold = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      run.add(statement("a-" + i, "a", "Anteckning nummer " + i, "2. Dialog", "dialogue"));
      gold.add(new GoldItem("a-" + i, "a-set", List.of("dialogue")));
    }
    for (String document : List.of("b", "c")) {
      run.add(statement(document + "-1", document, "Resultaten följs upp i " + document, "3. Kvalitet", "quality"));
      gold.add(new GoldItem(document + "-1", document + "-set", List.of("quality")));
    }
    EvalMethod method = new EvalMethod("leaning", List.of(new Leaning("dialogue"), new Leaning("quality")));

    PrincipleEvaluation.Results results = new PrincipleEvaluation(grouper, List.of(method), List.of())
        .evaluate(run, gold, Map.of());

    assertTrue(results.choices().get("leaning").get(PrincipleEvaluation.ALL).startsWith("leaning to quality"),
        "two documents of quality outweigh one of dialogue, however many items it has: "
            + results.choices().get("leaning"));
  }
}
