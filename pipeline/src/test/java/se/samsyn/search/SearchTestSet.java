package se.samsyn.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samsyn.core.CodedStatement;
import se.samsyn.index.StatementSchema;

/**
 * The search test set of {@code corpus/search/queries.json}: queries over ../shared/corpus with
 * the statements a person expects, and the measures recall@10 and nDCG@10 (binary relevance; a
 * relevant statement counts once even when its text occurs twice).
 */
record SearchTestSet(String description, String corpus, List<TestQuery> queries) {
  static final Path FILE = Path.of("..", "corpus", "search", "queries.json");
  static final int CUTOFF = 10;

  record TestQuery(String query, List<Relevant> relevant) {}

  /** A relevant statement: its document file and a piece of its text, or its whole text. */
  record Relevant(String document, String contains, String text) {
    boolean matches(CodedStatement statement) {
      if (!StatementSchema.fileName(statement.source()).equals(document.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      return text != null ? statement.text().equals(text) : statement.text().contains(contains);
    }
  }

  static SearchTestSet read() throws IOException {
    return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .readValue(FILE.toFile(), SearchTestSet.class);
  }

  /** Indexes (into {@code relevant}) of the relevant statements at each rank, -1 for none. */
  private static List<Integer> judged(List<CodedStatement> ranking, List<Relevant> relevant) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> judged = new ArrayList<>();
    for (CodedStatement statement : ranking.subList(0, Math.min(CUTOFF, ranking.size()))) {
      int found = -1;
      for (int i = 0; i < relevant.size() && found < 0; i++) {
        if (!seen.contains(i) && relevant.get(i).matches(statement)) {
          found = i;
        }
      }
      if (found >= 0) {
        seen.add(found);
      }
      judged.add(found);
    }
    return judged;
  }

  static double recall(List<CodedStatement> ranking, List<Relevant> relevant) {
    return judged(ranking, relevant).stream().filter(i -> i >= 0).count() / (double) relevant.size();
  }

  static double ndcg(List<CodedStatement> ranking, List<Relevant> relevant) {
    List<Integer> judged = judged(ranking, relevant);
    double dcg = 0;
    for (int rank = 0; rank < judged.size(); rank++) {
      dcg += judged.get(rank) >= 0 ? 1 / log2(rank + 2) : 0;
    }
    double ideal = 0;
    for (int rank = 0; rank < Math.min(CUTOFF, relevant.size()); rank++) {
      ideal += 1 / log2(rank + 2);
    }
    return dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
