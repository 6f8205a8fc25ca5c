package se.samsyn.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import se.samsyn.analysis.AnalyzerTerms;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.SameText;
import se.samsyn.core.StatementKind;
import se.samsyn.group.SparseRows;
import se.samsyn.group.TfIdf;
import se.samsyn.group.Vocabulary;

/**
 * Picks the most representative statements of a principle: those that belong to it most surely and
 * say what most of its statements say. A statement's weight is its score (1 when a heading or label
 * placed it, else the classifier's probability) times the cosine between its TF-IDF vector and the
 * centroid of the statements that have the principle on top (of all its statements when none has).
 * Terms are Lucene's {@link SwedishAnalyzer} stems without stop words: light, and enough to compare
 * statements of one run with each other. Participants' voices are picked first; agreement text,
 * slides and prompts only fill up when there are too few voices. Within each, ranked first are
 * statements with the principle on top, then those of five words or more (a bare "Dialog" is close
 * to every centroid but says little), then by weight. Texts with the same words (the same workshop
 * as DOCX and PDF) are shown once, and no document gives more than two examples while others have
 * some to give.
 */
final class Representatives {
  private static final int MIN_WORDS = 5;
  private static final int PER_DOCUMENT = 2;

  private final List<CodedStatement> statements;
  /** Per statement: fewer than {@value #MIN_WORDS} words (counted once, not at every comparison of a sort). */
  private final boolean[] brief;
  private final SparseRows rows;
  private final int vocabulary;

  Representatives(List<CodedStatement> statements) {
    this.statements = List.copyOf(statements);
    this.brief = new boolean[this.statements.size()];
    for (int i = 0; i < brief.length; i++) {
      brief[i] = words(this.statements.get(i).text()) < MIN_WORDS;
    }
    Vocabulary terms = new Vocabulary();
    List<int[]> texts = new ArrayList<>();
    try (SwedishAnalyzer analyzer = new SwedishAnalyzer()) {
      AnalyzerTerms features = new AnalyzerTerms(analyzer);
      this.statements.forEach(s -> texts.add(terms.addAll(features.terms(s.text()))));
    }
    this.rows = TfIdf.fit(texts, terms.size()).rows(texts);
    this.vocabulary = terms.size();
  }

  /** Up to {@code limit} statements of the principle, most representative first. */
  List<CodedStatement> of(String principleId, int limit) {
    List<Integer> members = IntStream.range(0, statements.size())
        .filter(i -> statements.get(i).principles().contains(principleId)).boxed().toList();
    List<Integer> onTop = members.stream().filter(i -> isTop(i, principleId)).toList();
    float[] centroid = centroid(onTop.isEmpty() ? members : onTop);
    Map<Integer, Double> weight = new HashMap<>();
    members.forEach(i -> weight.put(i, statements.get(i).score() * cosine(i, centroid)));
    List<Integer> ranked = new ArrayList<>(members);
    ranked.sort(Comparator.comparing((Integer i) -> !isTop(i, principleId))
        .thenComparing(i -> brief[i])
        .thenComparing(i -> -weight.get(i))
        .thenComparing(i -> statements.get(i).statementId()));
    Set<String> texts = new HashSet<>();
    List<CodedStatement> picked = new ArrayList<>(pick(ranked.stream().filter(this::isVoice).toList(), limit, texts));
    picked.addAll(pick(ranked.stream().filter(i -> !isVoice(i)).toList(), limit - picked.size(), texts));
    return picked;
  }

  private boolean isVoice(int i) {
    return statements.get(i).kind() == StatementKind.VOICE;
  }

  /** The best ones in rank order, texts not in {@code texts} and once, documents spread when possible. */
  private List<CodedStatement> pick(List<Integer> ranked, int limit, Set<String> texts) {
    List<Integer> picked = new ArrayList<>();
    List<Integer> held = new ArrayList<>();
    Map<String, Integer> perDocument = new HashMap<>();
    for (int rank = 0; rank < ranked.size() && picked.size() < limit; rank++) {
      CodedStatement s = statements.get(ranked.get(rank));
      if (texts.add(SameText.key(s.text()))) {
        boolean spread = perDocument.merge(s.documentId(), 1, Integer::sum) <= PER_DOCUMENT;
        (spread ? picked : held).add(rank);
      }
    }
    // Too few other documents: fill up with the best of those held back, keeping rank order.
    held.stream().limit(limit - picked.size()).forEach(picked::add);
    return picked.stream().sorted().map(rank -> statements.get(ranked.get(rank))).toList();
  }

  private boolean isTop(int i, String principleId) {
    return statements.get(i).principles().getFirst().equals(principleId);
  }

  /** The unit-length sum of the members' rows (all zero when there are none). */
  private float[] centroid(List<Integer> members) {
    float[] centroid = new float[vocabulary];
    for (int r : members) {
      for (int k = rows.offsets()[r]; k < rows.offsets()[r + 1]; k++) {
        centroid[rows.terms()[k]] += rows.weights()[k];
      }
    }
    double norm = 0;
    for (float c : centroid) {
      norm += (double) c * c;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int t = 0; t < vocabulary; t++) {
        centroid[t] *= scale;
      }
    }
    return centroid;
  }

  /** Cosine of row {@code r} with a centroid (both unit length). */
  private double cosine(int r, float[] centroid) {
    double dot = 0;
    for (int k = rows.offsets()[r]; k < rows.offsets()[r + 1]; k++) {
      dot += rows.weights()[k] * centroid[rows.terms()[k]];
    }
    return dot;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

}
