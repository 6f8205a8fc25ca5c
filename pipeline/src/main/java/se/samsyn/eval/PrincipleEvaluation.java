package se.samsyn.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samsyn.group.Grouper;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.StructureLabeler;

/**
 * Evaluates principle assignment against gold labels. {@code structure} scores the heading and
 * inline assignments the run wrote on all gold items. The classifiers are scored leave-one-document-out: for each
 * document with gold items, they train on the structurally labelled statements of all other
 * documents plus the shipped labelled examples (and, where they use it, the codebook) and classify the whole held-out
 * document from text alone, with headings, numbered principle names and inline labels hidden; its gold items are scored.
 */
public final class PrincipleEvaluation {
  public static final String ALL = "all";
  public static final String STRUCTURE = "structure";

  private final Grouper grouper;
  private final List<EvalMethod> methods;
  private final List<PrincipleClassifier.Example> shipped;

  /** @param shipped labelled examples from outside the material, given to every method's training */
  public PrincipleEvaluation(Grouper grouper, List<EvalMethod> methods, List<PrincipleClassifier.Example> shipped) {
    this.grouper = grouper;
    this.methods = List.copyOf(methods);
    this.shipped = List.copyOf(shipped);
  }

  /** Set name ("all" first) → method name ("structure" first) → metrics. */
  public Map<String, Map<String, Metrics>> evaluate(List<RunStatement> run, List<GoldItem> gold) {
    List<StructureLabeler.Labelled> labelled = grouper.structure(run.stream().map(RunStatement::input).toList());
    Map<String, StructureLabeler.Labelled> byId = new HashMap<>();
    labelled.forEach(l -> byId.put(l.input().id(), l));
    Map<String, RunStatement> written = new HashMap<>();
    run.forEach(s -> written.put(s.input().id(), s));
    List<GoldItem> known = gold.stream().filter(g -> byId.containsKey(g.statementId())).toList();
    if (known.isEmpty()) {
      throw new IllegalArgumentException("no gold statement id occurs in the run's statements");
    }
    Map<String, List<String>> predictions = new LinkedHashMap<>();
    predictions.put(STRUCTURE, known.stream().map(g -> written.get(g.statementId()))
        .map(s -> s.structural() ? s.principles().get(0) : "none").toList());
    Set<String> documents = new LinkedHashSet<>();
    known.forEach(g -> documents.add(byId.get(g.statementId()).input().documentId()));
    Map<String, List<PrincipleClassifier.Example>> structural = RunStatements.structuralExamples(run, labelled);
    for (EvalMethod method : methods) {
      Map<String, String> predicted = new HashMap<>();
      for (String document : documents) {
        List<PrincipleClassifier.Example> training = new ArrayList<>(shipped);
        structural.forEach((other, examples) -> {
          if (!other.equals(document)) {
            training.addAll(examples);
          }
        });
        List<StructureLabeler.Labelled> held = labelled.stream()
            .filter(l -> l.input().documentId().equals(document)).toList();
        List<String> out = method.predict(training, held.stream().map(StructureLabeler.Labelled::classifierInput).toList());
        for (int i = 0; i < held.size(); i++) {
          predicted.put(held.get(i).input().id(), out.get(i));
        }
      }
      predictions.put(method.name(), known.stream().map(g -> predicted.get(g.statementId())).toList());
    }
    Map<String, Map<String, Metrics>> results = new LinkedHashMap<>();
    Set<String> sets = new LinkedHashSet<>();
    sets.add(ALL);
    known.forEach(g -> sets.add(g.set()));
    for (String set : sets) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < known.size(); i++) {
        if (set.equals(ALL) || known.get(i).set().equals(set)) {
          members.add(i);
        }
      }
      Map<String, Metrics> bySet = new LinkedHashMap<>();
      predictions.forEach((name, list) -> bySet.put(name, Metrics.of(members.stream().map(known::get).toList(),
          members.stream().map(list::get).toList())));
      results.put(set, bySet);
    }
    return results;
  }
}
