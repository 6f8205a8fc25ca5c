package se.samsyn.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code Clusterer} of emerging themes: statements that fit no principle are clustered with
 * spherical k-means over their TF-IDF lemma vectors, {@code k = round(sqrt(n / 2))} (at least 1, at
 * most {@code maxThemes}), fixed seed, best of {@link #restartsFor} starts, statements taken in id order. Lemmas found in more than
 * {@code max(5, n / 10)} of the statements (the material's own vocabulary: "överenskommelse",
 * "organisation") are left out: they say what all statements are about, not what sets a group apart. Each cluster of at least
 * {@code minThemeSize} members is labelled with up to three lemmas shared by at least two of its
 * members (ranked by share of members × idf); its id is those lemmas sorted and joined by "-", so it
 * stays the same whenever the same members come together again. Statements with cosine below 0.25
 * to their cluster's centre stay without a theme (k-means puts every statement somewhere).
 */
public final class ThemeFinder {
  private static final int LABEL_TERMS = 3;
  private static final int ITERATIONS = 50;
  private static final int MAX_RESTARTS = 10;
  private static final int RESTART_BUDGET = 100_000;
  /** A statement this far from its cluster's centre (cosine below) is not counted as a member. */
  private static final float MIN_SIMILARITY = 0.25f;

  private final TermFeatures features;
  private final GroupingSettings settings;

  public ThemeFinder(TermFeatures features, GroupingSettings settings) {
    this.features = features;
    this.settings = settings;
  }

  /**
   * How many k-means starts to try for n statements: the result of one start depends much on where
   * it began, so small sets (the usual case) try 10; from 10,000 statements on the number falls so
   * that n × starts stays about 100,000, and from 100,000 on there is a single start.
   */
  public static int restartsFor(int n) {
    return Math.max(1, Math.min(MAX_RESTARTS, RESTART_BUDGET / Math.max(n, 1)));
  }

  /** The number of clusters for n statements. */
  public static int clustersFor(int n, int maxThemes) {
    return (int) Math.max(1, Math.min(maxThemes, Math.round(Math.sqrt(n / 2.0))));
  }

  /** Themes over the statements (id → text); statements in no theme are left out. */
  public List<Theme> themes(Map<String, String> statements) {
    TreeMap<String, String> sorted = new TreeMap<>(statements);
    Vocabulary vocabulary = new Vocabulary();
    List<String> ids = new ArrayList<>();
    List<int[]> texts = new ArrayList<>();
    List<int[]> all = sorted.values().stream().map(text -> vocabulary.addAll(features.terms(text))).toList();
    int[] df = new int[vocabulary.size()];
    all.forEach(terms -> java.util.Arrays.stream(terms).distinct().forEach(t -> df[t]++));
    int maxDf = Math.max(5, sorted.size() / 10);
    List<String> keys = new ArrayList<>(sorted.keySet());
    for (int i = 0; i < all.size(); i++) {
      int[] terms = java.util.Arrays.stream(all.get(i)).filter(t -> df[t] <= maxDf).toArray();
      if (terms.length > 0) {
        ids.add(keys.get(i));
        texts.add(terms);
      }
    }
    if (ids.size() < settings.minThemeSize()) {
      return List.of();
    }
    TfIdf tfIdf = TfIdf.fit(texts, vocabulary.size());
    SparseRows rows = tfIdf.rows(texts);
    int k = clustersFor(ids.size(), settings.maxThemes());
    SphericalKMeans.Clusters clusters = new SphericalKMeans(k, settings.seed(), ITERATIONS, restartsFor(ids.size()))
        .cluster(rows, vocabulary.size());
    Map<String, Theme> themes = new LinkedHashMap<>();
    for (int c = 0; c < clusters.k(); c++) {
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < ids.size(); r++) {
        if (clusters.assignment()[r] == c && clusters.similarity()[r] >= MIN_SIMILARITY) {
          members.add(r);
        }
      }
      if (members.size() < settings.minThemeSize()) {
        continue;
      }
      List<String> label = label(members, texts, tfIdf, vocabulary);
      if (label.isEmpty()) {
        continue;
      }
      members.sort(Comparator.comparingDouble((Integer r) -> -clusters.similarity()[r]).thenComparing(ids::get));
      String id = String.join("-", label.stream().sorted().toList());
      while (themes.containsKey(id)) {
        id = id + "+";
      }
      themes.put(id, new Theme(id, label, members.stream().map(ids::get).toList()));
    }
    return themes.values().stream()
        .sorted(Comparator.comparingInt((Theme t) -> -t.members().size()).thenComparing(Theme::id)).toList();
  }

  private static List<String> label(List<Integer> members, List<int[]> texts, TfIdf tfIdf, Vocabulary vocabulary) {
    Map<Integer, Integer> memberCount = new TreeMap<>();
    for (int r : members) {
      Set<Integer> seen = new HashSet<>();
      for (int term : texts.get(r)) {
        if (seen.add(term)) {
          memberCount.merge(term, 1, Integer::sum);
        }
      }
    }
    int minimum = Math.min(2, members.size());
    return memberCount.entrySet().stream()
        .filter(e -> e.getValue() >= minimum)
        .sorted(Comparator.comparingDouble((Map.Entry<Integer, Integer> e) ->
            -e.getValue() * tfIdf.idf(e.getKey())).thenComparing(e -> vocabulary.term(e.getKey())))
        .limit(LABEL_TERMS).map(e -> vocabulary.term(e.getKey())).toList();
  }
}
