package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.index.StatementSchema;

/**
 * {@link MatchCounter} counts what Lucene's {@code FacetsCollector} and {@code SortedSetDocValuesFacetCounts}
 * count, from doc values and from the values in memory ({@link PackedFacetValues}): the same total, values,
 * counts and order (ties included) per dimension, over several segments with deleted statements,
 * statements of two and three principles, statements without an organisation or a date, a segment
 * without facets and a dimension no statement has; also with several threads searching parts of
 * segments, and with values that take two 32-bit words per statement.
 */
class MatchCounterTest {
  private static final FacetsConfig CONFIG = StatementSchema.facetsConfig();

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 50})
  void countsAsLucenesSortedSetFacetsDo(int limit) throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      writeStatements(directory, limit, limit != 3);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.leaves().size() > 1 && reader.hasDeletions());
        assertCountsAsLucene(new IndexSearcher(reader), limit);
      }
    }
  }

  @Test
  void countsWhereSeveralThreadsSearchPartsOfSegments() throws IOException {
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try (Directory directory = new ByteBuffersDirectory()) {
      writeStatements(directory, 50, true);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertCountsAsLucene(new IndexSearcher(reader, threads) {
          @Override
          protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return slices(leaves, 400, 1, true); // segments of 1,000 statements in parts of at most 400
          }
        }, 50);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void countsStatementsWhoseValuesTakeTwoWords() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        SplittableRandom random = new SplittableRandom(7);
        for (int d = 0; d < 70_000; d++) { // a document and an organisation of its own: 17 bits each
          Document doc = new Document();
          doc.add(new StringField("group", Integer.toString(d % 7), Field.Store.NO));
          doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_DOCUMENT, "doc-" + d));
          doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_ORGANISATION, "org-" + d));
          doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_KIND, random.nextBoolean() ? "voice" : "official"));
          for (int p = random.nextInt(3); p > 0; p--) {
            doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_PRINCIPLE, "principle-" + (p * 4 + random.nextInt(4))));
          }
          writer.addDocument(CONFIG.build(doc));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(2, PackedFacetValues.read(new FacetSlots(new DefaultSortedSetDocValuesReaderState(reader, CONFIG),
            StatementSchema.FACETS)).wordsPerStatement());
        assertCountsAsLucene(searcher, 3);
      }
    }
  }

  /**
   * Statements in three segments of 1,000, a segment without facets, and deletions in all of them;
   * without {@code dated} no statement has a year.
   */
  private static void writeStatements(Directory directory, int seed, boolean dated) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int d = 0; d < 3_000; d++) {
        writer.addDocument(CONFIG.build(statement(d, random, dated)));
        if (d % 1_000 == 999) {
          writer.commit();
        }
      }
      for (int d = 0; d < 50; d++) { // a segment without facets
        Document bare = new Document();
        bare.add(new StringField("group", Integer.toString(d % 7), Field.Store.NO));
        writer.addDocument(bare);
      }
      writer.deleteDocuments(new Term("group", "3"));
    }
  }

  /** The totals and counts from doc values and from memory are Lucene's, for all statements and for some. */
  private static void assertCountsAsLucene(IndexSearcher searcher, int limit) throws IOException {
    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), CONFIG);
    FacetSlots slots = new FacetSlots(state, StatementSchema.FACETS);
    PackedFacetValues inMemory = PackedFacetValues.read(slots);
    for (Query query : new Query[] {MatchAllDocsQuery.INSTANCE, new TermQuery(new Term("group", "1")),
        new TermQuery(new Term("group", "6")), new TermQuery(new Term("group", "none"))}) {
      FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
      long total = hits.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
      List<List<Map.Entry<String, Integer>>> lucenes = inOrder(lucenesCounts(state, hits, limit));
      for (PackedFacetValues source : Arrays.asList(null, inMemory)) {
        MatchCounter.Counted counted = searcher.search(query, new MatchCounter(slots, source, limit));
        assertEquals(total, counted.total(), query.toString());
        assertEquals(lucenes, inOrder(counted.facets()), query + (source == null ? " from doc values" : " in memory"));
      }
    }
  }

  private static Map<String, Map<String, Integer>> lucenesCounts(SortedSetDocValuesReaderState state,
      FacetsCollector hits, int limit) throws IOException {
    SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, hits);
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (String dimension : StatementSchema.FACETS) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult top = state.getOrdRange(dimension) == null ? null : facets.getTopChildren(limit, dimension);
      if (top != null) {
        for (LabelAndValue value : top.labelValues) {
          values.put(value.label, value.value.intValue());
        }
      }
      result.put(dimension, values);
    }
    return result;
  }

  /** The counts as lists, so that the order of the values counts too. */
  private static List<List<Map.Entry<String, Integer>>> inOrder(Map<String, Map<String, Integer>> counts) {
    return counts.values().stream().map(values -> List.copyOf(values.entrySet())).toList();
  }

  /** A statement's facets; without {@code dated} no statement has a year, a dimension never indexed. */
  private static Document statement(int d, SplittableRandom random, boolean dated) {
    Document doc = new Document();
    doc.add(new StringField("group", Integer.toString(d % 7), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_KIND, random.nextBoolean() ? "voice" : "official"));
    // a document's statements are in one segment, so that the segments' values differ
    doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_DOCUMENT, "doc-" + (d / 100 + random.nextInt(3))));
    int principles = random.nextInt(4);
    for (int p = 0; p < principles; p++) {
      doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_PRINCIPLE, "principle-" + (p * 4 + random.nextInt(4))));
    }
    if (random.nextInt(4) > 0) {
      doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_ORGANISATION, "org-" + random.nextInt(6)));
    }
    if (dated && random.nextInt(3) > 0) {
      doc.add(new SortedSetDocValuesFacetField(StatementSchema.FACET_YEAR, Integer.toString(2015 + random.nextInt(3))));
    }
    return doc;
  }
}
