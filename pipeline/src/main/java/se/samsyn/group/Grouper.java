package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samsyn.core.Assignment;
import se.samsyn.core.Method;
import se.samsyn.core.SameText;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.Theme;
import se.samsyn.models.Codebook;

/**
 * Groups statements under the principles of a codebook: structure first (headings, numbered items,
 * inline labels), then the classifier, trained on the codebook, on the structurally labelled
 * statements of the same material (at most {@value Examples#MATERIAL_EXAMPLES_PER_PRINCIPLES} per set of
 * principles, evenly spread) and on any further examples; statements that fit no principle
 * confidently are {@code other} and clustered into emerging themes.
 */
public final class Grouper {
  private final Codebook codebook;
  private final StructureLabeler structure;
  private final InPassage classifier;
  private final RunCalibration calibration;
  private final Clusterer themes;
  private final GroupingSettings settings;
  private final List<PrincipleClassifier.Example> examples;

  /**
   * @param classifier  the classifier of statements the structure leaves without a principle
   * @param calibration how its probabilities are read ({@link Classifiers#runCalibration})
   * @param themes      finds emerging themes among the statements no principle covers
   * @param examples    labelled statements from outside the material (shipped examples), used by
   *                    every grouping beside the codebook's own texts
   */
  public Grouper(Codebook codebook, PrincipleClassifier classifier, RunCalibration calibration, Clusterer themes,
      GroupingSettings settings, List<PrincipleClassifier.Example> examples) {
    this.codebook = codebook;
    this.examples = new ArrayList<>(Examples.codebook(codebook));
    this.examples.addAll(examples);
    this.structure = new StructureLabeler(new PrincipleNames(codebook));
    this.classifier = new InPassage(classifier);
    this.calibration = calibration;
    this.themes = themes;
    this.settings = settings;
  }

  /** The principles statements are grouped under. */
  public Codebook codebook() {
    return codebook;
  }

  /** The name of the classifier. */
  public String classifierName() {
    return classifier.name();
  }

  /** How the classifier's probabilities are read: their temperature and the abstention threshold. */
  public RunCalibration calibration() {
    return calibration;
  }

  /** The grouping's choices, its clustering seed among them. */
  public GroupingSettings settings() {
    return settings;
  }

  /** Structural labels of statements (documents kept in input order, statements in reading order). */
  public List<StructureLabeler.Labelled> structure(List<GroupingInput> statements) {
    Map<String, List<GroupingInput>> documents = new LinkedHashMap<>();
    statements.forEach(s -> documents.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
    List<StructureLabeler.Labelled> labelled = new ArrayList<>();
    documents.values().forEach(document -> labelled.addAll(structure.label(document)));
    return labelled;
  }

  /** Groups the statements; {@code moreExamples} are labelled texts from elsewhere (may be empty). */
  public Grouping group(List<GroupingInput> statements, List<PrincipleClassifier.Example> moreExamples) {
    return group(statements, moreExamples, Map.of(), statements.stream().map(GroupingInput::id).collect(Collectors.toSet()));
  }

  /**
   * Groups the statements, the reviewed ones as their reviewer said (method {@code human}, over
   * structure and classifier); each reviewed statement with principles trains the classifier as an
   * example of the weightiest source ({@link #humanExamples}). Emerging themes are made only of
   * {@code voices} (participants' remarks, not headings, prompts or agreement text); a remark said
   * in the same words more than once (the same notes as DOCX and PDF) is clustered once and its
   * copies join its theme.
   *
   * @param human reviewer codings by statement id; codings of statements not given are ignored
   */
  public Grouping group(List<GroupingInput> statements, List<PrincipleClassifier.Example> moreExamples,
      Map<String, HumanCoding> human, Set<String> voices) {
    List<StructureLabeler.Labelled> labelled = structure(statements);
    List<PrincipleClassifier.Example> examples = new ArrayList<>(this.examples);
    examples.addAll(moreExamples);
    List<PrincipleClassifier.Example> fromStructure = new ArrayList<>();
    List<StructureLabeler.Labelled> rest = new ArrayList<>();
    Map<String, StatementGroups> decided = new LinkedHashMap<>();
    Map<String, String> others = new LinkedHashMap<>();
    for (StructureLabeler.Labelled statement : labelled) {
      HumanCoding coding = human.get(statement.input().id());
      if (coding != null) {
        StatementGroups groups = reviewed(statement, coding);
        decided.put(groups.statementId(), groups);
        if (coding.principleIds().isEmpty()) {
          others.put(groups.statementId(), statement.classifierText());
        } else {
          examples.addAll(humanExamples(statement.classifierText(), coding.principleIds()));
        }
      } else if (statement.assignments().isEmpty()) {
        rest.add(statement);
      } else {
        fromStructure.add(statement.toExample());
        decided.put(statement.input().id(), new StatementGroups(statement.input().id(), statement.text(),
            statement.assignments(), statement.assignments().get(0).method(), 1.0, ""));
      }
    }
    examples.addAll(Examples.atMostPerPrinciples(fromStructure, Examples.MATERIAL_EXAMPLES_PER_PRINCIPLES));
    List<PrincipleClassifier.Scored> scored = classifier.scoreAll(examples,
        rest.stream().map(StructureLabeler.Labelled::classifierInput).toList());
    for (int i = 0; i < rest.size(); i++) {
      StatementGroups groups = decide(rest.get(i), scored.get(i));
      decided.put(groups.statementId(), groups);
      if (groups.assignments().isEmpty()) {
        others.put(groups.statementId(), rest.get(i).classifierText());
      }
    }
    List<String> background = new ArrayList<>();
    for (StructureLabeler.Labelled statement : labelled) {
      String id = statement.input().id();
      if (!others.containsKey(id)) {
        background.add(statement.classifierText());
      }
    }
    List<Theme> found = themesOfVoices(others, voices, background);
    for (Theme theme : found) {
      theme.members().forEach(id -> decided.computeIfPresent(id, (k, g) -> g.withTheme(theme.id())));
    }
    List<StatementGroups> inInputOrder = statements.stream().map(s -> decided.get(s.id())).toList();
    return new Grouping(inInputOrder, found, codebook.label());
  }

  /** The training examples a reviewer's coding of a text makes: one of the weightiest source, {@code HUMAN}. */
  public static List<PrincipleClassifier.Example> humanExamples(String classifierText, List<String> principleIds) {
    return List.of(new PrincipleClassifier.Example(classifierText, principleIds, PrincipleClassifier.Source.HUMAN));
  }

  private static StatementGroups reviewed(StructureLabeler.Labelled statement, HumanCoding coding) {
    String id = statement.input().id();
    List<Assignment> assignments = coding.principleIds().stream()
        .map(p -> new Assignment(id, p, 1.0, Method.HUMAN, coding.evidence())).toList();
    return new StatementGroups(id, statement.text(), assignments, Method.HUMAN, 1.0, "");
  }

  private List<Theme> themesOfVoices(Map<String, String> others, Set<String> voices, List<String> background) {
    Map<String, String> distinct = new LinkedHashMap<>();
    Map<String, List<String>> copies = new HashMap<>();
    Map<String, String> firstOfText = new HashMap<>();
    others.forEach((id, text) -> {
      if (voices.contains(id)) {
        String first = firstOfText.putIfAbsent(SameText.key(text), id);
        if (first == null) {
          distinct.put(id, text);
        } else {
          copies.computeIfAbsent(first, k -> new ArrayList<>()).add(id);
        }
      }
    });
    return themes.themes(distinct, background).stream().map(theme -> {
      List<String> members = new ArrayList<>();
      theme.members().forEach(id -> {
        members.add(id);
        members.addAll(copies.getOrDefault(id, List.of()));
      });
      return new Theme(theme.id(), theme.labelTerms(), members);
    }).toList();
  }

  private StatementGroups decide(StructureLabeler.Labelled statement, PrincipleClassifier.Scored scored) {
    double[] p = calibration.apply(scored.probabilities());
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    double top = p[order[0]];
    double margin = top - (p.length > 1 ? p[order[1]] : 0);
    String id = statement.input().id();
    List<Assignment> assignments = new ArrayList<>();
    if (scored.anyKnownTerm() && top >= calibration.minConfidence()) {
      for (int i : order) {
        if (p[i] < top * settings.secondLabelRatio()) {
          break;
        }
        assignments.add(new Assignment(id, codebook.principles().get(i).id(), p[i], Method.CLASSIFIER,
            scored.evidence(i)));
      }
    }
    return new StatementGroups(id, statement.text(), assignments, Method.CLASSIFIER,
        scored.anyKnownTerm() ? top : 0, "", scored.anyKnownTerm() ? margin : 0);
  }
}
