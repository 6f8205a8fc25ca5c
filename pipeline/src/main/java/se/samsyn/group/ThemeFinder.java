package se.samsyn.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.samsyn.core.TermFeatures;
import se.samsyn.core.Theme;

/**
 * Emerging themes: statements that fit no principle are clustered with spherical k-means over
 * their TF-IDF lemma vectors, {@code k = round(sqrt(n / 2))} (at least 1, at most
 * {@code maxThemes}), fixed seed, best of {@link #restartsFor} starts, statements taken in id order.
 * The material's own vocabulary ("överenskommelse") is left out first (see
 * {@link #materialVocabulary}): it says what all statements are about, not what sets a group apart.
 * Each cluster of at least {@code minThemeSize} members is labelled with up to three lemmas shared
 * by at least two of its members (ranked by share of members × idf), two of which become a phrase
 * when the members that have both mostly have them side by side ("social ekonomi"); its id is those
 * lemmas sorted and joined by "-", so it stays the same whenever the same members come together
 * again. A verb is shown only inside such a phrase ("hyra lokal"): a lone verb says nothing to a
 * reader ("finna", from "det finns"), so it is left out of the label, and a cluster whose label would
 * be verbs alone gets no theme. Statements with cosine below 0.25 to their cluster's centre stay
 * without a theme (k-means puts every statement somewhere).
 */
public final class ThemeFinder implements Clusterer {
  private static final int LABEL_TERMS = 3;
  private static final int ITERATIONS = 50;
  private static final int MAX_RESTARTS = 10;
  private static final int RESTART_BUDGET = 100_000;
  private static final int BACKGROUND_SAMPLE = 5_000;
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

  /** A lemma common among the statements is dropped only when it is about as common in the background too. */
  @Override
  public List<Theme> themes(Map<String, String> statements, List<String> background) {
    TreeMap<String, String> sorted = new TreeMap<>(statements);
    Vocabulary vocabulary = new Vocabulary();
    List<String> ids = new ArrayList<>();
    List<int[]> texts = new ArrayList<>();
    List<Words> words = new ArrayList<>();
    Map<Integer, Integer> verbUses = new HashMap<>();
    for (String text : sorted.values()) {
      List<TermFeatures.Positioned> positioned = features.positioned(text);
      int[] terms = vocabulary.addAll(positioned.stream().map(TermFeatures.Positioned::term).toList());
      for (int i = 0; i < terms.length; i++) {
        verbUses.merge(terms[i], positioned.get(i).verb() ? 1 : -1, Integer::sum);
      }
      words.add(new Words(terms, positioned.stream().mapToInt(TermFeatures.Positioned::position).toArray()));
    }
    Set<String> verbs = new HashSet<>();
    verbUses.forEach((term, balance) -> {
      if (balance > 0) {
        verbs.add(vocabulary.term(term));
      }
    });
    boolean[] materialWide = materialVocabulary(words.stream().map(Words::terms).toList(), background, vocabulary);
    List<String> keys = new ArrayList<>(sorted.keySet());
    List<Words> kept = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int[] terms = Arrays.stream(words.get(i).terms()).filter(t -> !materialWide[t]).toArray();
      if (terms.length > 0) {
        ids.add(keys.get(i));
        texts.add(terms);
        kept.add(words.get(i));
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
      List<Integer> label = label(members, texts, tfIdf, vocabulary);
      List<String> shown = withPhrases(label, members.stream().map(kept::get).toList(), vocabulary).stream()
          .filter(term -> !verbs.contains(term)).toList();
      if (shown.isEmpty()) {
        continue;
      }
      members.sort(Comparator.comparingDouble((Integer r) -> -clusters.similarity()[r]).thenComparing(ids::get));
      String id = String.join("-", shown.stream().flatMap(term -> Arrays.stream(term.split(" "))).sorted().toList());
      while (themes.containsKey(id)) {
        id = id + "+";
      }
      themes.put(id, new Theme(id, shown, members.stream().map(ids::get).toList()));
    }
    return themes.values().stream()
        .sorted(Comparator.comparingInt((Theme t) -> -t.members().size()).thenComparing(Theme::id)).toList();
  }

  /**
   * The lemmas that say what the whole material is about ("överenskommelse" in agreement texts):
   * found in more than max(5, n / 10) of the n statements with a lemma, and at least half as common
   * among the background statements (at most {@link #BACKGROUND_SAMPLE} of them, evenly spread).
   * Without a background to tell, only a lemma in more than half of the statements counts.
   * A lemma common only among the statements, such as "buss" when a tenth of survey answers
   * complain about the bus, is what a theme is made of and stays.
   */
  private boolean[] materialVocabulary(List<int[]> statements, List<String> background, Vocabulary vocabulary) {
    int[] df = TfIdf.documentFrequencies(statements, vocabulary.size());
    long n = statements.stream().filter(terms -> terms.length > 0).count();
    int step = Math.max(1, Math.ceilDiv(background.size(), BACKGROUND_SAMPLE));
    int[] backgroundDf = new int[df.length];
    int sampled = 0;
    for (int i = 0; i < background.size(); i += step, sampled++) {
      Arrays.stream(vocabulary.known(features.terms(background.get(i)))).distinct().forEach(t -> backgroundDf[t]++);
    }
    boolean[] materialWide = new boolean[df.length];
    long maxDf = Math.max(5, n / 10);
    for (int t = 0; t < df.length; t++) {
      double share = (double) df[t] / n;
      materialWide[t] = sampled == 0 ? df[t] > Math.max(maxDf, n / 2)
          : df[t] > maxDf && (double) backgroundDf[t] / sampled >= share / 2;
    }
    return materialWide;
  }

  /** A statement's terms (vocabulary ids) and the positions of their words. */
  private record Words(int[] terms, int[] positions) {
    boolean has(int term) {
      return Arrays.stream(terms).anyMatch(t -> t == term);
    }

    /** Whether some word of term {@code first} is followed right away by a word of term {@code second}. */
    boolean adjacent(int first, int second) {
      for (int i = 0; i < terms.length; i++) {
        for (int j = 0; terms[i] == first && j < terms.length; j++) {
          if (terms[j] == second && positions[j] == positions[i] + 1) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * The label as shown: two label lemmas that stand next to each other, in that order, in at least
   * half of the members that have both (and in two or more) are joined into a phrase ("social
   * ekonomi"), which takes the place of the higher-ranked of the two.
   */
  private static List<String> withPhrases(List<Integer> label, List<Words> members, Vocabulary vocabulary) {
    List<String> shown = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int term : label) {
      if (!used.add(term)) {
        continue;
      }
      String phrase = vocabulary.term(term);
      for (int other : label) {
        if (used.contains(other)) {
          continue;
        }
        if (isPhrase(term, other, members)) {
          phrase = vocabulary.term(term) + " " + vocabulary.term(other);
        } else if (isPhrase(other, term, members)) {
          phrase = vocabulary.term(other) + " " + vocabulary.term(term);
        } else {
          continue;
        }
        used.add(other);
        break;
      }
      shown.add(phrase);
    }
    return shown;
  }

  private static boolean isPhrase(int first, int second, List<Words> members) {
    long both = members.stream().filter(m -> m.has(first) && m.has(second)).count();
    long together = members.stream().filter(m -> m.adjacent(first, second)).count();
    return together >= 2 && 2 * together >= both;
  }

  /** Vocabulary ids of up to {@link #LABEL_TERMS} lemmas, most characteristic first. */
  private static List<Integer> label(List<Integer> members, List<int[]> texts, TfIdf tfIdf, Vocabulary vocabulary) {
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
        .limit(LABEL_TERMS).map(Map.Entry::getKey).toList();
  }
}
