package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DenseExclusions} collects exactly the statements Lucene's own search collects, over several
 * segments with deleted statements (some of which only the excluded clauses would have removed) and
 * one without, for excluded clauses that match one statement in three, one in eleven, all, none, or only in
 * the last segment (a word, and a phrase the other segments have no scorer for); several excluded
 * clauses (a phrase among them), filters, optional clauses beside required ones and a minimum number of
 * optional clauses; each statement collected once, without the collector being told Lucene's weight.
 * Ranked, it gives Lucene's hits and scores.
 */
class DenseExclusionsTest {
  private static final String FIELD = "text";
  private static final int LATE = 5_000;
  private static final int HITS = 20;
  /** Word i occurs in about one statement in i + 2. */
  private static final String[] WORDS = {"dialog", "kommun", "kvalitet", "samverkan", "tillit", "respekt",
      "ömsesidig", "förening", "region", "uppföljning"};

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    writeStatements(directory);
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void collectsWhatLuceneCollects() throws IOException {
    assertTrue(reader.leaves().size() > 1 && reader.hasDeletions());
    assertTrue(reader.leaves().stream().anyMatch(leaf -> !leaf.reader().hasDeletions()));
    IndexSearcher searcher = new IndexSearcher(reader);
    for (Query query : queries()) {
      Matches expected = searcher.search(query, new Matches(Integer.MAX_VALUE));
      Matches actual = DenseExclusions.search(searcher, query, new Matches(Integer.MAX_VALUE));
      assertEquals(expected.docs, actual.docs, query::toString);
      assertEquals(actual.docs.size(), actual.collected, () -> "each statement once: " + query);
      assertTrue(expected.toldWeight && !actual.toldWeight, () -> "counted past the bit set: " + query);
    }
    assertTrue(searcher.count(queries().getFirst()) > 100, "the first query's exclusion leaves matches");
  }

  /**
   * A collector that has all it needs of a segment says so by throwing, before the segment or after some
   * of its statements; the search goes on with the next segment, as Lucene's does.
   */
  @Test
  void goesOnWhereTheCollectorHasEnough() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (Query query : queries()) {
      Matches expected = searcher.search(query, new Matches(3));
      Matches actual = DenseExclusions.search(searcher, query, new Matches(3));
      assertEquals(expected.docs, actual.docs, query::toString);
      assertTrue(!actual.toldWeight, () -> "collected past the bit set: " + query);
    }
    assertEquals(3 * (reader.leaves().size() - 1), searcher.search(queries().getFirst(), new Matches(3)).docs.size());
  }

  /**
   * Ranking takes the bit set too and gets Lucene's hits and scores, whether the collector stops scoring
   * what cannot make the list (and counts a lower bound of the matches) or counts every match.
   */
  @Test
  void ranksAsLuceneRanks() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (Query query : queries()) {
      for (int countedHits : new int[] {HITS, Integer.MAX_VALUE}) {
        TopDocs expected = searcher.search(query, new TopScoreDocCollectorManager(HITS, countedHits));
        Ranking actual = DenseExclusions.search(searcher, query, new Ranking(countedHits));
        assertEquals(hits(expected), hits(actual.top), query::toString);
        assertTrue(!actual.toldWeight, () -> "ranked past the bit set: " + query);
        if (countedHits == Integer.MAX_VALUE) {
          assertEquals(expected.totalHits, actual.top.totalHits, query::toString);
        }
      }
    }
  }

  private static List<Query> queries() {
    Query dialogOrSamverkan = anyOf(term("dialog"), term("samverkan"));
    PhraseQuery mutualRespect = new PhraseQuery(FIELD, "ömsesidig", "respekt");
    List<Query> queries = new ArrayList<>();
    queries.add(new BooleanQuery.Builder().add(dialogOrSamverkan, Occur.MUST).add(term("kommun"), Occur.MUST_NOT).build());
    queries.add(new BooleanQuery.Builder().add(dialogOrSamverkan, Occur.MUST).add(term("uppföljning"), Occur.MUST_NOT)
        .build());
    queries.add(new BooleanQuery.Builder().add(term("kvalitet"), Occur.MUST).add(term("nowhere"), Occur.MUST_NOT).build());
    queries.add(new BooleanQuery.Builder().add(term("tillit"), Occur.MUST).add(term("kommun"), Occur.MUST_NOT)
        .add(mutualRespect, Occur.MUST_NOT).add(anyOf(term("region"), term("förening")), Occur.MUST_NOT).build());
    queries.add(new BooleanQuery.Builder().add(dialogOrSamverkan, Occur.MUST).add(term("kvalitet"), Occur.FILTER)
        .add(term("kommun"), Occur.MUST_NOT).build());
    queries.add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(2).add(term("dialog"), Occur.SHOULD)
        .add(term("kvalitet"), Occur.SHOULD).add(term("tillit"), Occur.SHOULD).add(term("kommun"), Occur.MUST_NOT)
        .build());
    queries.add(new BooleanQuery.Builder().add(term("dialog"), Occur.MUST).add(term("kvalitet"), Occur.SHOULD)
        .add(term("kommun"), Occur.MUST_NOT).build());
    queries.add(new BooleanQuery.Builder().add(term("kommun"), Occur.MUST_NOT).build());
    queries.add(new BooleanQuery.Builder().add(term("dialog"), Occur.MUST).add(MatchAllDocsQuery.INSTANCE, Occur.MUST_NOT)
        .build());
    queries.add(new BooleanQuery.Builder().add(dialogOrSamverkan, Occur.MUST).add(term("sent"), Occur.MUST_NOT).build());
    queries.add(new BooleanQuery.Builder().add(dialogOrSamverkan, Occur.MUST)
        .add(new PhraseQuery(FIELD, "uppföljning", "sent"), Occur.MUST_NOT).build());
    return queries;
  }

  private static Query term(String word) {
    return new TermQuery(new Term(FIELD, word));
  }

  private static Query anyOf(Query... queries) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query query : queries) {
      any.add(query, Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Statements of random words, in segments of 1,000: a tenth of the first 5,000 deleted; the last 500, in
   * a segment of their own without deletions, also have the word "sent", which no other segment has.
   */
  private static void writeStatements(Directory directory) throws IOException {
    SplittableRandom random = new SplittableRandom(20261207);
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(1000);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 5_500; i++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < WORDS.length; w++) {
          if (random.nextInt(w + 2) == 0) {
            text.append(WORDS[w]).append(' ');
          }
        }
        if (i >= LATE) {
          text.append("sent");
        }
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        doc.add(new TextField(FIELD, text.toString(), Field.Store.NO));
        writer.addDocument(doc);
        if (i % 10 == 3 && i < LATE) {
          writer.deleteDocuments(new Term("id", Integer.toString(i - 2)));
        }
      }
    }
  }

  private static List<String> hits(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(doc -> doc.doc + ":" + doc.score).toList();
  }

  /** Lucene's collectors of the best hits, and whether the search told them the weight. */
  private static final class Ranking implements CollectorManager<Collector, Ranking> {
    private final TopScoreDocCollectorManager manager;
    private final List<TopScoreDocCollector> collectors = new ArrayList<>();
    private boolean toldWeight;
    private TopDocs top;

    Ranking(int countedHits) {
      manager = new TopScoreDocCollectorManager(HITS, countedHits);
    }

    @Override
    public Collector newCollector() {
      TopScoreDocCollector collector = manager.newCollector();
      collectors.add(collector);
      return new FilterCollector(collector) {
        @Override
        public void setWeight(Weight weight) {
          toldWeight = true;
        }
      };
    }

    @Override
    public Ranking reduce(Collection<Collector> ignored) throws IOException {
      top = manager.reduce(collectors);
      return this;
    }
  }

  /**
   * The index-wide ids of the statements a search collects, how many times it collected one, and whether
   * it was told the weight (Lucene's search tells it; the bit-set path does not). With fewer than all
   * statements a segment, it skips the first segment and takes at most that many of each other one.
   */
  private static final class Matches implements CollectorManager<Collector, Matches> {
    private final int perSegment;
    private final TreeSet<Integer> docs = new TreeSet<>();
    private int collected;
    private boolean toldWeight;

    Matches(int perSegment) {
      this.perSegment = perSegment;
    }

    @Override
    public Collector newCollector() {
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
          if (perSegment < Integer.MAX_VALUE && context.ord == 0) {
            throw new CollectionTerminatedException();
          }
          return new LeafCollector() {
            private int inSegment;

            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
              if (inSegment++ == perSegment) {
                throw new CollectionTerminatedException();
              }
              docs.add(context.docBase + doc);
              collected++;
            }
          };
        }

        @Override
        public void setWeight(Weight weight) {
          toldWeight = true;
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      };
    }

    @Override
    public Matches reduce(Collection<Collector> collectors) {
      return this;
    }
  }
}
