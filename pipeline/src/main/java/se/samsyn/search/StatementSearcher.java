package se.samsyn.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.IndexedStatement;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.index.StatementSchema;

/**
 * Searches a statement index (BM25). Direct matches come first; statements found only through
 * principle expansion follow, with scores scaled below the lowest direct score shown. Facets count
 * every matching statement, expansion included.
 */
public final class StatementSearcher implements Closeable {
  /** Most values reported per facet dimension. */
  static final int FACET_VALUES = 50;
  /** Expansion-only hits score at most this share of the lowest direct score shown. */
  private static final float EXPANSION_SHARE = 0.9f;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final IndexAnalysis analysis;
  private final PrincipleExpansion expansion;
  private final MatchHighlighter highlighter;

  private StatementSearcher(Directory directory, DirectoryReader reader, IndexAnalysis analysis,
      PrincipleExpansion expansion) throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.facetState = reader.maxDoc() == 0 ? null
        : new DefaultSortedSetDocValuesReaderState(reader, StatementSchema.facetsConfig());
    this.analysis = analysis;
    this.expansion = expansion;
    this.highlighter = new MatchHighlighter(analysis.indexAnalyzer());
  }

  /**
   * Opens the index in a folder. A folder without an index throws {@link NoSuchFileException}; an
   * index built with a different analysis throws {@link IOException} saying so.
   */
  public static StatementSearcher open(Path folder, IndexAnalysis analysis, PrincipleExpansion expansion)
      throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoSuchFileException(folder.toString(), null, "no search index there");
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      String builtWith = reader.getIndexCommit().getUserData().get(LuceneIndexer.ANALYSIS_KEY);
      if (!analysis.version().equals(builtWith)) {
        reader.close();
        throw new IOException("the index in " + folder + " was built with analysis " + builtWith
            + ", not " + analysis.version() + "; run 'samsyn run' again to rebuild it");
      }
      return new StatementSearcher(directory, reader, analysis, expansion);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
    SearchQuery query = SearchQuery.of(QuerySyntax.parse(request.query()), request.filters(), analysis,
        request.expand() ? expansion : null);
    TopDocs direct = top(query.direct(), request.limit());
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc doc : direct.scoreDocs) {
      hits.add(hit(doc, doc.score, query));
    }
    long total = direct.totalHits.value();
    Query all = query.direct();
    if (query.expanded() != null) {
      all = query.expanded();
      TopDocs more = top(query.expansionOnly(), request.limit());
      total += more.totalHits.value();
      float scale = scale(hits, more);
      for (int i = 0; i < more.scoreDocs.length && hits.size() < request.limit(); i++) {
        hits.add(hit(more.scoreDocs[i], more.scoreDocs[i].score * scale, query));
      }
    }
    return new SearchResult(request.query(), total, facets(all), hits);
  }

  /** Whether this searcher still sees the latest commit of its index. */
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  /** How many statements the index holds. */
  public int statementCount() {
    return reader.numDocs();
  }

  /** Facet counts over every statement of the index. */
  public Map<String, Map<String, Integer>> facetsOfAll() throws IOException {
    return facets(MatchAllDocsQuery.INSTANCE);
  }

  /** The statement with this id, if the index holds it. */
  public Optional<IndexedStatement> statement(String statementId) throws IOException {
    TopDocs found = top(new TermQuery(new Term(StatementSchema.STATEMENT_ID, statementId)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(StatementSchema.fromStored(searcher.storedFields().document(found.scoreDocs[0].doc)));
  }

  /** Every statement of a document, in the order of the ordinals in their ids. */
  public List<IndexedStatement> documentStatements(String documentId) throws IOException {
    TermQuery query = new TermQuery(new Term(StatementSchema.DOCUMENT_ID, documentId));
    int count = Math.max(1, searcher.count(query));
    List<IndexedStatement> statements = new ArrayList<>();
    for (ScoreDoc doc : top(query, count).scoreDocs) {
      statements.add(StatementSchema.fromStored(searcher.storedFields().document(doc.doc)));
    }
    statements.sort(Comparator.comparingLong((IndexedStatement s) -> ordinal(s.statementId()))
        .thenComparing(IndexedStatement::statementId));
    return statements;
  }

  /** The number after the last '-' of a statement id ({@code a5086f8e0e6e378a-0291} → 291), or -1. */
  static long ordinal(String statementId) {
    String tail = statementId.substring(statementId.lastIndexOf('-') + 1);
    try {
      return Long.parseLong(tail);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private TopDocs top(Query query, int limit) throws IOException {
    return searcher.search(query, new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
  }

  private static float scale(List<Hit> direct, TopDocs more) {
    if (direct.isEmpty() || more.scoreDocs.length == 0) {
      return 1f;
    }
    float lowest = direct.getLast().score();
    return Math.min(1f, EXPANSION_SHARE * lowest / more.scoreDocs[0].score);
  }

  private Hit hit(ScoreDoc doc, float score, SearchQuery query) throws IOException {
    var statement = StatementSchema.fromStored(searcher.storedFields().document(doc.doc));
    return new Hit(statement, score, highlighter.matches(query.highlight(), statement.text()));
  }

  private Map<String, Map<String, Integer>> facets(Query query) throws IOException {
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    StatementSchema.FACETS.forEach(dimension -> result.put(dimension, new LinkedHashMap<>()));
    if (facetState == null) {
      return result;
    }
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, collector);
    for (String dimension : StatementSchema.FACETS) {
      FacetResult counts = facetState.getOrdRange(dimension) == null ? null
          : facets.getTopChildren(FACET_VALUES, dimension);
      if (counts != null) {
        for (LabelAndValue value : counts.labelValues) {
          result.get(dimension).put(value.label, value.value.intValue());
        }
      }
    }
    return result;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
