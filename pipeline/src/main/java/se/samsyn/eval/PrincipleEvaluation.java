package se.samsyn.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samsyn.group.Examples;
import se.samsyn.group.Grouper;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.StructureLabeler;

/**
 * Evaluates principle assignment against gold labels. {@code structure} scores the heading and
 * inline assignments the run wrote on all gold items. The classifiers are scored by nested
 * leave-one-document-out ({@link NestedSelection}): each document with gold items, and each file of
 * off-topic remarks, is held out in turn; the classifiers learn from the codebook, the shipped
 * examples and the structure-labelled statements of the other documents, and classify the whole
 * held-out document from text alone, with headings, numbered principle names and inline labels
 * hidden. Variants, temperatures and abstention thresholds are chosen without the held-out fold.
 */
public final class PrincipleEvaluation {
  public static final String ALL = "all";
  public static final String STRUCTURE = "structure";
  public static final String OFF_TOPIC = "off-topic";

  /**
   * What evaluation found.
   *
   * @param items     the gold items scored, off-topic remarks last
   * @param heldOut   method name ("structure" first) → its prediction of each item, in item order
   * @param choices   method name → what nested selection chose per held-out fold, and on all folds
   *                  (key {@link #ALL}): the settings a run should use
   */
  public record Results(List<GoldItem> items, Map<String, List<HeldOut>> heldOut, Map<String, Map<String, String>> choices) {}

  private final Grouper grouper;
  private final List<EvalMethod> methods;
  private final List<PrincipleClassifier.Example> always;

  /** @param shipped labelled examples from outside the material, given to every method's training beside the codebook */
  public PrincipleEvaluation(Grouper grouper, List<EvalMethod> methods, List<PrincipleClassifier.Example> shipped) {
    this.grouper = grouper;
    this.methods = List.copyOf(methods);
    List<PrincipleClassifier.Example> examples = new ArrayList<>(Examples.codebook(grouper.codebook()));
    examples.addAll(shipped);
    this.always = List.copyOf(examples);
  }

  /**
   * @param offTopic files of off-topic remarks (name → one remark each), each held out as a fold of
   *                 its own; their gold is {@code other}
   */
  public Results evaluate(List<RunStatement> run, List<GoldItem> gold, Map<String, List<String>> offTopic) {
    Setup setup = setUp(run, gold, offTopic);
    Map<String, List<HeldOut>> heldOut = new LinkedHashMap<>();
    heldOut.put(STRUCTURE, structure(run, setup.known()));
    Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    for (EvalMethod method : methods) {
      Map<String, HeldOut> predicted = new HashMap<>();
      Map<String, String> chosen = new LinkedHashMap<>();
      setup.selection().heldOut(method, predicted).forEach((fold, choice) -> chosen.put(fold.name(), choice.describe()));
      chosen.put(ALL, setup.selection().onAllFolds(method).describe());
      heldOut.put(method.name(), setup.known().stream().map(g -> predicted.get(g.statementId())).toList());
      choices.put(method.name(), chosen);
    }
    return new Results(setup.known(), heldOut, choices);
  }

  /**
   * For each document with gold items (by id), the variant of the method that nested selection
   * chooses without it: what a run that had never seen the document would use.
   */
  public Map<String, PrincipleClassifier> chosenWithout(EvalMethod method, List<RunStatement> run, List<GoldItem> gold) {
    return setUp(run, gold, Map.of()).selection().variantsWithout(method);
  }

  /** The off-topic remarks of a file written for evaluation: one per line, blank lines and {@code #} comments left out. */
  public static List<String> readRemarks(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** The id of the {@code index}-th (from 0) off-topic remark of {@code file}: "survey-comments.txt#3". */
  public static String remarkId(String file, int index) {
    return file + "#" + (index + 1);
  }

  /** The gold items found in the run (off-topic remarks last) and the folds nested selection holds out. */
  private record Setup(List<GoldItem> known, NestedSelection selection) {}

  private Setup setUp(List<RunStatement> run, List<GoldItem> gold, Map<String, List<String>> offTopic) {
    List<StructureLabeler.Labelled> labelled = grouper.structure(run.stream().map(RunStatement::input).toList());
    Map<String, GoldItem> goldById = new LinkedHashMap<>();
    gold.forEach(g -> goldById.put(g.statementId(), g));
    Map<String, List<String>> idsByDocument = new LinkedHashMap<>();
    Map<String, List<PrincipleClassifier.Text>> textsByDocument = new LinkedHashMap<>();
    for (StructureLabeler.Labelled statement : labelled) {
      String document = statement.input().documentId();
      idsByDocument.computeIfAbsent(document, d -> new ArrayList<>()).add(statement.input().id());
      textsByDocument.computeIfAbsent(document, d -> new ArrayList<>()).add(statement.classifierInput());
    }
    List<GoldItem> known = new ArrayList<>(labelled.stream().map(l -> goldById.get(l.input().id()))
        .filter(g -> g != null).toList());
    if (known.isEmpty()) {
      throw new IllegalArgumentException("no gold statement id occurs in the run's statements");
    }
    List<Fold> folds = new ArrayList<>();
    idsByDocument.forEach((document, ids) -> {
      if (ids.stream().anyMatch(goldById::containsKey)) {
        folds.add(new Fold(document, ids, textsByDocument.get(document), true));
      }
    });
    offTopic.forEach((file, remarks) -> {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < remarks.size(); i++) {
        GoldItem item = new GoldItem(remarkId(file, i), OFF_TOPIC, List.of(HeldOut.OTHER));
        ids.add(item.statementId());
        goldById.put(item.statementId(), item);
        known.add(item);
      }
      // each read alone, as a survey's answers are (a table row is a passage of its own)
      folds.add(new Fold(file, ids, remarks.stream().map(r -> new PrincipleClassifier.Text(r, "")).toList(), false));
    });

    return new Setup(known, new NestedSelection(grouper.codebook(), folds,
        RunStatements.structuralExamples(run, labelled), always, goldById));
  }

  /** What the run's structure gave each item (off-topic remarks are not in the run: never structural). */
  private static List<HeldOut> structure(List<RunStatement> run, List<GoldItem> items) {
    Map<String, RunStatement> written = new HashMap<>();
    run.forEach(s -> written.put(s.input().id(), s));
    List<HeldOut> out = new ArrayList<>();
    for (GoldItem item : items) {
      RunStatement statement = written.get(item.statementId());
      String label = statement != null && statement.structural() ? statement.principles().get(0) : HeldOut.OTHER;
      out.add(new HeldOut(item, label, 1, label));
    }
    return out;
  }
}
