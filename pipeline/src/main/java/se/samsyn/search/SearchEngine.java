package se.samsyn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import se.samsyn.index.IndexAnalysis;

/**
 * Runs searches on a {@link StatementIndex} (BM25). Direct matches come first; statements found
 * only through principle expansion follow, with scores scaled below the lowest direct score shown.
 * Facets count every matching statement, expansion included. Thread-safe; one engine serves any
 * number of indexes built with its analysis.
 */
public final class SearchEngine {
  /** Expansion-only hits score at most this share of the lowest direct score shown. */
  private static final float EXPANSION_SHARE = 0.9f;

  private final IndexAnalysis analysis;
  private final PrincipleExpansion expansion;
  private final MatchHighlighter highlighter;

  /**
   * @param analysis  the analysis the indexes were built with
   * @param expansion principle names, or null to never expand
   */
  public SearchEngine(IndexAnalysis analysis, PrincipleExpansion expansion) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.expansion = expansion;
    this.highlighter = new MatchHighlighter(analysis.indexAnalyzer());
  }

  public SearchResult search(StatementIndex index, SearchRequest request) throws QuerySyntaxException, IOException {
    if (!analysis.version().equals(index.analysisVersion())) {
      throw new IllegalArgumentException("the index was built with analysis " + index.analysisVersion()
          + ", this engine analyses with " + analysis.version());
    }
    SearchQuery query = SearchQuery.of(QuerySyntax.parse(request.query()), request.filters(), analysis,
        request.expand() ? expansion : null);
    TopDocs direct = index.top(query.direct(), request.limit());
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc doc : direct.scoreDocs) {
      hits.add(hit(index, doc, doc.score, query));
    }
    long total = direct.totalHits.value();
    Query all = query.direct();
    if (query.expanded() != null) {
      all = query.expanded();
      TopDocs more = index.top(query.expansionOnly(), request.limit());
      total += more.totalHits.value();
      float scale = scale(hits, more);
      for (int i = 0; i < more.scoreDocs.length && hits.size() < request.limit(); i++) {
        hits.add(hit(index, more.scoreDocs[i], more.scoreDocs[i].score * scale, query));
      }
    }
    var facets = index.facets(index.searcher().search(all, new FacetsCollectorManager()));
    return new SearchResult(request.query(), total, facets, hits);
  }

  private static float scale(List<Hit> direct, TopDocs more) {
    if (direct.isEmpty() || more.scoreDocs.length == 0) {
      return 1f;
    }
    float lowest = direct.getLast().score();
    return Math.min(1f, EXPANSION_SHARE * lowest / more.scoreDocs[0].score);
  }

  private Hit hit(StatementIndex index, ScoreDoc doc, float score, SearchQuery query) throws IOException {
    var statement = index.stored(doc.doc);
    return new Hit(statement, score, highlighter.matches(query.highlight(), statement.text()));
  }
}
