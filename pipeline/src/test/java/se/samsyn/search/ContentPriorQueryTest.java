package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.index.StatementSchema;

/**
 * {@link ContentPriorQuery} ranks as Lucene's {@code FunctionScoreQuery} with the same prior does,
 * hit for hit and score for score, while skipping matches that cannot make the list (which the
 * function query cannot). Over 20,000 statements of Zipf-distributed words, so that the common ones
 * match thousands.
 */
class ContentPriorQueryTest {
  private static final String FIELD = StatementSchema.TEXT;
  private static final int HITS = 10;

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    SplittableRandom random = new SplittableRandom(20261207);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int d = 0; d < 20_000; d++) {
        int words = 1 + random.nextInt(16);
        // word w with probability about 1 / (w + 1): w0 in most statements, w300 in a few
        String text = IntStream.range(0, words)
            .mapToObj(i -> "w" + (int) Math.floor(Math.exp(random.nextDouble() * Math.log(400)) - 1))
            .collect(Collectors.joining(" "));
        Document doc = new Document();
        doc.add(new TextField(FIELD, text, Field.Store.NO));
        doc.add(new NumericDocValuesField(StatementSchema.WORDS, words));
        doc.add(new NumericDocValuesField(StatementSchema.IS_HEADING, random.nextInt(10) == 0 ? 1 : 0));
        writer.addDocument(doc);
        if (d % 7_000 == 6_999) {
          writer.commit(); // several segments, as a real index has
        }
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** Words, each optional or, with a sign, required (+), a filter (#) or excluded (-); "2:" first: two must match. */
  private static Query query(String words) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (words.startsWith("2:")) {
      query.setMinimumNumberShouldMatch(2);
      words = words.substring(2);
    }
    for (String word : words.split(" ")) {
      BooleanClause.Occur occur = switch (word.charAt(0)) {
        case '+' -> BooleanClause.Occur.MUST;
        case '#' -> BooleanClause.Occur.FILTER;
        case '-' -> BooleanClause.Occur.MUST_NOT;
        default -> BooleanClause.Occur.SHOULD;
      };
      query.add(new TermQuery(new Term(FIELD, word.replaceFirst("^[+#-]", ""))), occur);
    }
    return query.build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"w1", "w7", "w0 w3", "w2 w40 w200", "w1 w5 w9", "+w1 +w5", "+w0 +w3 w9", "#w1 w5 w9",
      "2:w0 w1 w3"})
  void ranksAsTheFunctionQueryDoes(String words) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query query = query(words);
    TopDocs reference = searcher.search(FunctionScoreQuery.boostByValue(query, ContentPrior.INSTANCE),
        new TopScoreDocCollectorManager(HITS, Integer.MAX_VALUE));
    TopDocs ranked = searcher.search(new ContentPriorQuery(query), new TopScoreDocCollectorManager(HITS, HITS));

    assertEquals(render(reference.scoreDocs), render(ranked.scoreDocs));
    for (ScoreDoc hit : ranked.scoreDocs) {
      assertEquals(hit.score, searcher.explain(new ContentPriorQuery(query), hit.doc).getValue().floatValue());
    }
  }

  /**
   * A search ranks with excluded words outside the prior ({@link SearchEngine#ranking}), past a bit set
   * of the excluded statements ({@link DenseExclusions}), as the function query ranks the whole query.
   */
  @ParameterizedTest
  @ValueSource(strings = {"w1 -w0", "w0 w3 -w5 -w9", "+w2 #w1 -w0", "2:w0 w1 w3 -w2", "+w0 w4 -w1"})
  void ranksSearchesWithExclusionsAsTheFunctionQueryDoes(String words) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query query = query(words);
    TopDocs reference = searcher.search(FunctionScoreQuery.boostByValue(query, ContentPrior.INSTANCE),
        new TopScoreDocCollectorManager(HITS, Integer.MAX_VALUE));
    TopDocs ranked = DenseExclusions.search(searcher, SearchEngine.ranking(query),
        new TopScoreDocCollectorManager(HITS, HITS));

    assertTrue(reference.totalHits.value() > HITS, words + " matches " + reference.totalHits);
    assertEquals(render(reference.scoreDocs), render(ranked.scoreDocs));
  }

  /** As a clause of a larger query, whose skipping reads its score bounds, it still ranks the same. */
  @ParameterizedTest
  @ValueSource(strings = {"w1", "w0 w3", "w2 w40"})
  void ranksTheSameAsAClause(String words) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query other = new TermQuery(new Term(FIELD, "w4"));
    Query reference = new BooleanQuery.Builder()
        .add(FunctionScoreQuery.boostByValue(query(words), ContentPrior.INSTANCE), BooleanClause.Occur.SHOULD)
        .add(other, BooleanClause.Occur.SHOULD).build();
    Query clause = new BooleanQuery.Builder()
        .add(new ContentPriorQuery(query(words)), BooleanClause.Occur.SHOULD)
        .add(other, BooleanClause.Occur.SHOULD).build();

    assertEquals(render(searcher.search(reference, new TopScoreDocCollectorManager(HITS, Integer.MAX_VALUE)).scoreDocs),
        render(searcher.search(clause, new TopScoreDocCollectorManager(HITS, HITS)).scoreDocs));
  }

  /**
   * A search of several words skips most matches. (Of one word it skips few: the word's score bound
   * is that of its shortest statements, which the prior demotes most.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"w0 w3", "w2 w40 w200", "w1 w5 w9"})
  void skipsMatchesThatCannotMakeTheList(String words) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query query = query(words);
    TopDocs ranked = searcher.search(new ContentPriorQuery(query), new TopScoreDocCollectorManager(HITS, HITS));
    TopDocs functionQuery = searcher.search(FunctionScoreQuery.boostByValue(query, ContentPrior.INSTANCE),
        new TopScoreDocCollectorManager(HITS, HITS));

    int matches = searcher.count(query);
    assertTrue(matches > 1_000, words + " matches " + matches);
    assertEquals(matches, functionQuery.totalHits.value());
    assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, ranked.totalHits.relation());
    assertTrue(ranked.totalHits.value() < matches / 2,
        "scored " + ranked.totalHits.value() + " of " + matches + " matches of " + words);
  }

  private static List<String> render(ScoreDoc[] hits) {
    return Arrays.stream(hits).map(hit -> hit.doc + ":" + hit.score).toList();
  }
}
