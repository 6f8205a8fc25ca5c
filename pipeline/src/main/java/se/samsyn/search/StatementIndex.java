package se.samsyn.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.samsyn.core.CodedStatement;
import se.samsyn.index.CommittedRun;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.index.StatementSchema;

/**
 * One commit of a statement index, open for reading: statements by id or by document, facet
 * counts, and the Lucene searcher that {@link SearchEngine} runs queries on. Needs no analysis
 * chain, so it opens in milliseconds; thread-safe.
 */
public final class StatementIndex implements Closeable {
  /** Most values reported per facet dimension. */
  static final int FACET_VALUES = 50;

  private final Path folder;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final FacetSlots facetSlots;
  /** The facet values of every statement, read on the second count (see {@link #count}) under their own lock. */
  private final Object facetLock = new Object();
  private PackedFacetValues facetValues;
  private boolean counted;
  /** Source → name of every document, worked out on first use (an index commit never changes). */
  private Map<String, String> documentNames;
  /** The facet counts of every statement, counted on first use. */
  private Map<String, Map<String, Integer>> facetsOfAll;
  private final String analysisVersion;

  private StatementIndex(Path folder, Directory directory, DirectoryReader reader, String analysisVersion)
      throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.facetSlots = reader.maxDoc() == 0 ? null : new FacetSlots(
        new DefaultSortedSetDocValuesReaderState(reader, StatementSchema.facetsConfig()), StatementSchema.FACETS);
    this.analysisVersion = analysisVersion;
  }

  /**
   * Opens the index in a folder at the commit of the run in place ({@link CommittedRun}). A folder without an index throws
   * {@link NoSuchFileException}; an index built with an analysis other than {@code analysisVersion}
   * (see {@link se.samsyn.index.IndexAnalysis#version()}) throws {@link StaleIndexException}.
   */
  public static StatementIndex open(Path folder, String analysisVersion) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoSuchFileException(folder.toString(), null, "no search index there");
      }
      DirectoryReader reader = CommittedRun.open(directory, folder);
      String builtWith = reader.getIndexCommit().getUserData().get(LuceneIndexer.ANALYSIS_KEY);
      if (!analysisVersion.equals(builtWith)) {
        reader.close();
        throw new StaleIndexException("the index in " + folder + " was built with analysis " + builtWith
            + ", not " + analysisVersion + "; run 'samsyn run' again to rebuild it");
      }
      return new StatementIndex(folder, directory, reader, analysisVersion);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The analysis the index was built with. */
  public String analysisVersion() {
    return analysisVersion;
  }

  /** Whether this is still the commit of the run in place. */
  public boolean isCurrent() throws IOException {
    return CommittedRun.isCurrent(reader, folder);
  }

  /** How many statements the index holds. */
  public int statementCount() {
    return reader.numDocs();
  }

  /**
   * Facet counts over every statement of the index, counted on first use (an index commit never
   * changes): every page load asks for them, and counting a million statements takes tens of
   * milliseconds. Read-only.
   */
  public synchronized Map<String, Map<String, Integer>> facetsOfAll() throws IOException {
    if (facetsOfAll == null) {
      Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
      count(MatchAllDocsQuery.INSTANCE).facets()
          .forEach((dimension, values) -> counts.put(dimension, Collections.unmodifiableMap(values)));
      facetsOfAll = Collections.unmodifiableMap(counts);
    }
    return facetsOfAll;
  }

  /**
   * Source → the name a person reads for each document: its title, told apart by file name where
   * titles repeat (see {@link DocumentNames}).
   */
  public synchronized Map<String, String> documentNames() throws IOException {
    if (documentNames == null) {
      Map<String, String> titles = new LinkedHashMap<>();
      Terms sources = MultiTerms.getTerms(reader, StatementSchema.SOURCE);
      if (sources != null) {
        TermsEnum terms = sources.iterator();
        for (var term = terms.next(); term != null; term = terms.next()) {
          String source = term.utf8ToString();
          first(new TermQuery(new Term(StatementSchema.SOURCE, source))).ifPresent(s -> titles.put(source, s.title()));
        }
      }
      documentNames = Map.copyOf(DocumentNames.of(titles));
    }
    return documentNames;
  }

  /** The statement with this id, if the index holds it. */
  public Optional<CodedStatement> statement(String statementId) throws IOException {
    return first(new TermQuery(new Term(StatementSchema.STATEMENT_ID, statementId)));
  }

  /** A statement of the document with this id (any one), if the index holds the document. */
  public Optional<CodedStatement> anyOfDocument(String documentId) throws IOException {
    return first(new TermQuery(new Term(StatementSchema.DOCUMENT_ID, documentId)));
  }

  /** Every statement of a document, in the order of the ordinals in their ids. */
  public List<CodedStatement> documentStatements(String documentId) throws IOException {
    TermQuery query = new TermQuery(new Term(StatementSchema.DOCUMENT_ID, documentId));
    int count = Math.max(1, searcher.count(query));
    List<CodedStatement> statements = new ArrayList<>();
    for (ScoreDoc doc : best(query, count).scoreDocs) {
      statements.add(stored(doc.doc));
    }
    statements.sort(Comparator.comparingLong((CodedStatement s) -> ordinal(s.statementId()))
        .thenComparing(CodedStatement::statementId));
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

  IndexSearcher searcher() {
    return searcher;
  }

  /**
   * The best {@code limit} matches. Matches are counted only until the limit is reached, which
   * lets Lucene skip documents that cannot make the list, so the total is a lower bound.
   */
  TopDocs best(Query query, int limit) throws IOException {
    // a limit beyond the index size would only allocate room for hits that cannot exist
    int room = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
    return DenseExclusions.search(searcher, query, new TopScoreDocCollectorManager(room, room));
  }

  CodedStatement stored(int doc) throws IOException {
    return StatementSchema.fromStored(searcher.storedFields().document(doc));
  }

  /**
   * How many statements a query matches, and per facet dimension the values they have, the largest
   * counts first. The first count of a commit reads the matches' values from doc values ({@code samsyn
   * search} counts once); the second reads every statement's values into memory ({@link PackedFacetValues}),
   * from which it and all later counts of a server are counted several times faster. Both give the
   * same counts.
   */
  MatchCounter.Counted count(Query query) throws IOException {
    if (facetSlots == null) {
      Map<String, Map<String, Integer>> none = new LinkedHashMap<>();
      StatementSchema.FACETS.forEach(dimension -> none.put(dimension, new LinkedHashMap<>()));
      return new MatchCounter.Counted(0, none);
    }
    return DenseExclusions.search(searcher, query, new MatchCounter(facetSlots, valuesAfterFirstCount(), FACET_VALUES));
  }

  private PackedFacetValues valuesAfterFirstCount() throws IOException {
    synchronized (facetLock) {
      if (!counted) {
        counted = true;
      } else if (facetValues == null) {
        facetValues = PackedFacetValues.read(facetSlots);
      }
      return facetValues;
    }
  }

  private Optional<CodedStatement> first(Query query) throws IOException {
    TopDocs found = best(query, 1);
    return found.scoreDocs.length == 0 ? Optional.empty() : Optional.of(stored(found.scoreDocs[0].doc));
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
