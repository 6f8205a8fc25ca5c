package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samsyn.core.SameText;
import se.samsyn.models.Codebook;

/**
 * Groups statements under the principles of a codebook: structure first (headings, numbered items,
 * inline labels), then the classifier, trained on the codebook, on the structurally labelled
 * statements of the same material and on any further examples; statements that fit no principle
 * confidently are {@code other} and clustered into emerging themes.
 */
public final class Grouper {
  private final Codebook codebook;
  private final StructureLabeler structure;
  private final PrincipleClassifier classifier;
  private final ThemeFinder themes;
  private final GroupingSettings settings;
  private final List<PrincipleClassifier.Example> examples;

  /**
   * @param classifierTerms terms for the classifier (lemmas and compound parts)
   * @param themeTerms      terms for clustering and theme labels (lemmas)
   * @param examples        labelled statements from outside the material (shipped examples), used
   *                        by every grouping
   */
  public Grouper(Codebook codebook, TermFeatures classifierTerms, TermFeatures themeTerms, GroupingSettings settings,
      List<PrincipleClassifier.Example> examples) {
    this.codebook = codebook;
    this.examples = List.copyOf(examples);
    this.structure = new StructureLabeler(new PrincipleNames(codebook));
    this.classifier = new PrincipleClassifier(codebook, classifierTerms, settings);
    this.themes = new ThemeFinder(themeTerms, settings);
    this.settings = settings;
  }

  /** The principles statements are grouped under. */
  public Codebook codebook() {
    return codebook;
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
    return group(statements, moreExamples, statements.stream().map(GroupingInput::id).collect(Collectors.toSet()));
  }

  /**
   * Groups the statements as {@link #group(List, List)} does, with emerging themes made only of
   * {@code voices} (participants' remarks, not headings, prompts or agreement text); a remark said
   * in the same words more than once (the same notes as DOCX and PDF) is clustered once and its
   * copies join its theme.
   */
  public Grouping group(List<GroupingInput> statements, List<PrincipleClassifier.Example> moreExamples,
      Set<String> voices) {
    List<StructureLabeler.Labelled> labelled = structure(statements);
    List<PrincipleClassifier.Example> examples = new ArrayList<>(this.examples);
    examples.addAll(moreExamples);
    List<StructureLabeler.Labelled> rest = new ArrayList<>();
    Map<String, StatementGroups> decided = new LinkedHashMap<>();
    for (StructureLabeler.Labelled statement : labelled) {
      if (statement.assignments().isEmpty()) {
        rest.add(statement);
      } else {
        examples.add(statement.toExample());
        decided.put(statement.input().id(), new StatementGroups(statement.input().id(), statement.text(),
            statement.assignments(), statement.assignments().get(0).method(), 1.0, ""));
      }
    }
    List<PrincipleClassifier.Scored> scored = classifier.scoreAll(examples,
        rest.stream().map(StructureLabeler.Labelled::classifierInput).toList());
    Map<String, String> others = new LinkedHashMap<>();
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
    double[] p = scored.probabilities();
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    double top = p[order[0]];
    String id = statement.input().id();
    List<Assignment> assignments = new ArrayList<>();
    if (scored.anyKnownTerm() && top >= settings.minConfidence()) {
      for (int i : order) {
        if (p[i] < top * settings.secondLabelRatio()) {
          break;
        }
        assignments.add(new Assignment(id, codebook.principles().get(i).id(), p[i], Method.CLASSIFIER,
            scored.evidence(i)));
      }
    }
    return new StatementGroups(id, statement.text(), assignments, Method.CLASSIFIER,
        scored.anyKnownTerm() ? top : 0, "");
  }
}
