package se.samsyn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import se.samsyn.core.CodedStatement;
import se.samsyn.index.IndexAnalysis;

/**
 * Runs searches on a {@link StatementIndex} (BM25 times a {@link ContentPrior} that prefers statements
 * with content over bare headings). Direct matches come first; statements found
 * only through principle expansion follow, with scores scaled below the lowest direct score shown.
 * Facets count every matching statement, expansion included. Thread-safe; one engine serves any
 * number of indexes built with its analysis.
 */
public final class SearchEngine {
  /** Expansion-only hits score at most this share of the lowest direct score shown. */
  private static final float EXPANSION_SHARE = 0.9f;

  private final IndexAnalysis analysis;
  private final PrincipleExpansion expansion;

  /**
   * @param analysis  the analysis the indexes were built with
   * @param expansion principle names, or null to never expand
   */
  public SearchEngine(IndexAnalysis analysis, PrincipleExpansion expansion) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.expansion = expansion;
  }

  public SearchResult search(StatementIndex index, SearchRequest request) throws QuerySyntaxException, IOException {
    return search(index, request, 0);
  }

  /**
   * The search with its first {@code skip} hits left out (neither read nor highlighted), for one
   * page of a longer list; the total and the facets still count every match.
   */
  public SearchResult search(StatementIndex index, SearchRequest request, int skip)
      throws QuerySyntaxException, IOException {
    try {
      return searchChecked(index, request, skip);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the query expands to more search terms than can be searched at once"
          + " (" + e.getMessage() + "); use fewer words or fewer words ending in *");
    }
  }

  private SearchResult searchChecked(StatementIndex index, SearchRequest request, int skip)
      throws QuerySyntaxException, IOException {
    if (!analysis.version().equals(index.analysisVersion())) {
      throw new IllegalArgumentException("the index was built with analysis " + index.analysisVersion()
          + ", this engine analyses with " + analysis.version());
    }
    UserQuery parsed = QuerySyntax.parse(request.query());
    SearchQuery query = SearchQuery.of(parsed, request.filters(), analysis, request.expand() ? expansion : null);
    List<ScoreDoc> ranked = new ArrayList<>(List.of(index.best(ranking(query.direct()), request.limit()).scoreDocs));
    Query all = query.direct();
    if (query.expanded() != null) {
      all = query.expanded();
      if (ranked.size() < request.limit()) {
        ScoreDoc[] more = index.best(ranking(query.expansionOnly()), request.limit() - ranked.size()).scoreDocs;
        float scale = scale(ranked, more);
        for (ScoreDoc doc : more) {
          ranked.add(new ScoreDoc(doc.doc, doc.score * scale));
        }
      }
    }
    // one pass over every match counts the facets and the total; the ranking above stops early
    MatchCounter.Counted matches = index.count(all);
    List<ScoreDoc> shown = ranked.subList(Math.min(skip, ranked.size()), ranked.size());
    List<CodedStatement> statements = new ArrayList<>(shown.size());
    for (ScoreDoc doc : shown) {
      statements.add(index.stored(doc.doc));
    }
    List<List<Hit.Span>> matched = MatchHighlighter.matches(index.searcher(), query.highlight(),
        shown.stream().mapToInt(doc -> doc.doc).toArray(), statements.stream().map(CodedStatement::text).toList());
    List<Hit> hits = new ArrayList<>(shown.size());
    for (int i = 0; i < shown.size(); i++) {
      hits.add(new Hit(statements.get(i), shown.get(i).score, matched.get(i)));
    }
    String didYouMean = matches.total() == 0
        ? DidYouMean.suggest(request.query(), parsed, index.searcher().getIndexReader(), analysis.queryText()) : "";
    return new SearchResult(request.query(), matches.total(), matches.facets(), hits, didYouMean);
  }

  /**
   * The query as ranked: its BM25 score times the {@link ContentPrior} of each statement. Excluded
   * clauses stay outside the prior, at the top, where {@link DenseExclusions} finds them.
   */
  static Query ranking(Query query) {
    if (!(query instanceof BooleanQuery bool) || bool.getClauses(Occur.MUST_NOT).isEmpty()) {
      return new ContentPriorQuery(query);
    }
    BooleanQuery.Builder ranked = new BooleanQuery.Builder()
        .add(new ContentPriorQuery(DenseExclusions.withoutExclusions(bool)), Occur.MUST);
    bool.getClauses(Occur.MUST_NOT).forEach(excluded -> ranked.add(excluded, Occur.MUST_NOT));
    return ranked.build();
  }

  private static float scale(List<ScoreDoc> direct, ScoreDoc[] more) {
    if (direct.isEmpty() || more.length == 0) {
      return 1f;
    }
    float lowest = direct.getLast().score;
    return Math.min(1f, EXPANSION_SHARE * lowest / more[0].score);
  }
}
