package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.cli.CliRun;
import se.samsyn.cli.SharedCorpus;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.StatementKind;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.index.StatementSchema;
import se.samsyn.models.Codebook;

/**
 * Search over the real documents in ../shared/corpus, indexed by {@code samsyn run}: the
 * behaviour issue 3 asks for, and the search test set measured against Lucene's stock
 * SwedishAnalyzer indexing the same statements.
 */
@Tag("shared-corpus")
class SearchSharedCorpusTest {
  @TempDir
  static Path work;
  private static IndexAnalysis analysis;
  private static StatementSearcher samsyn;
  private static List<CodedStatement> statements;

  @BeforeAll
  static void indexTheSharedCorpus() throws IOException {
    Path corpus = SharedCorpus.folder();
    CliRun run = CliRun.of("run", corpus.toString(), "--out", work.resolve("out").toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    analysis = IndexAnalysis.swedish(TestLexicons.get());
    samsyn = StatementSearcher.open(work.resolve("out").resolve(LuceneIndexer.FOLDER), analysis, expansion());
    statements = storedStatements(work.resolve("out").resolve(LuceneIndexer.FOLDER));
  }

  @AfterAll
  static void close() throws IOException {
    if (samsyn != null) {
      samsyn.close();
      analysis.close();
    }
  }

  private static PrincipleExpansion expansion() {
    return new PrincipleExpansion(Codebook.standard(), analysis.queryText(), TestLexicons.get().lookup()::isWord);
  }

  private static List<String> texts(StatementSearcher searcher, String query, int limit, boolean expand)
      throws Exception {
    return searcher.search(new SearchRequest(query, SearchFilters.NONE, limit, expand)).hits().stream()
        .map(h -> h.statement().text()).toList();
  }

  private static List<Hit> hits(String query) throws Exception {
    return samsyn.search(new SearchRequest(query, SearchFilters.NONE, 200, true)).hits();
  }

  @Test
  void kvalitetFindsTheCompoundAndTheMisspeltForm() throws Exception {
    List<String> texts = texts(samsyn, "kvalitet", 200, true);
    assertTrue(texts.stream().anyMatch(t -> t.contains("förankra kvalitetsarbetet")), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("Kvalitetet förutsätter")), texts.toString());
  }

  @Test
  void oberoendeFindsTheIndependenceStatementsOfTheWorkshopAndTheAgreement() throws Exception {
    List<Hit> hits = hits("oberoende");
    for (String expected : List.of("Alla organisationer är dock oberoende", "Självständighet och oberoende är en möjlighet",
        "värdegrunden är politiskt oberoende", "Kan man vara helt oberoende")) {
      assertTrue(hits.stream().anyMatch(h -> h.statement().source().contains("000_")
          && h.statement().text().contains(expected)), expected);
    }
    for (String expected : List.of("organisationernas självständighet och oberoende", "säkerställa oberoendet")) {
      assertTrue(hits.stream().anyMatch(h -> h.statement().source().contains("001_")
          && h.statement().text().contains(expected)), expected);
    }
  }

  @Test
  void oberoendeRanksAStatementWithContentFirstAndTheMisspeltDialgSuggestsDialog() throws Exception {
    CodedStatement first = hits("oberoende").getFirst().statement();
    assertTrue(first.text().split("\\s+").length >= ContentPrior.FULL_WORDS && first.kind() != StatementKind.HEADING,
        first.toString());
    SearchResult dialg = samsyn.search(new SearchRequest("dialg", SearchFilters.NONE, 10, true));
    assertEquals(0, dialg.total());
    assertEquals("dialog", dialg.didYouMean());
  }

  @Test
  void dialogFindsDialogtraffar() throws Exception {
    assertTrue(texts(samsyn, "dialog", 200, true).stream().anyMatch(t -> t.contains("dialogträffar")));
  }

  @Test
  void thePhraseOmsesidigRespektFindsExactlyTheStatementsWithThatPhrase() throws Exception {
    List<String> found = texts(samsyn, "\"ömsesidig respekt\"", 200, true);
    List<String> expected = statements.stream().map(CodedStatement::text)
        .filter(t -> t.toLowerCase(Locale.ROOT).contains("ömsesidig respekt")).toList();
    assertTrue(!expected.isEmpty());
    assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
  }

  @Test
  void searchTestSetRanksBetterThanLuceneSwedishAnalyzer() throws Exception {
    SearchTestSet set = SearchTestSet.read();
    assertTrue(set.queries().size() >= 40, "at least 40 queries");
    for (SearchTestSet.TestQuery query : set.queries()) {
      for (SearchTestSet.Relevant relevant : query.relevant()) {
        assertTrue(statements.stream().anyMatch(relevant::matches),
            "test set entry matches no statement (query '" + query.query() + "'): " + relevant);
      }
    }
    SwedishAnalyzer stock = new SwedishAnalyzer();
    IndexAnalysis stockAnalysis = new IndexAnalysis("lucene-swedish-analyzer", stock, stock, stock);
    Path stockIndex = work.resolve("stock-index");
    new LuceneIndexer(stockIndex, stockAnalysis, 2).update(byDocument(statements));
    Map<String, double[]> scores = new LinkedHashMap<>();
    try (StatementSearcher lucene = StatementSearcher.open(stockIndex, stockAnalysis, null)) {
      scores.put("Lucene SwedishAnalyzer (stock)", measure(set, lucene, false));
      scores.put("Samsyn, --no-expand", measure(set, samsyn, false));
      scores.put("Samsyn (default)", measure(set, samsyn, true));
    } finally {
      stockAnalysis.close();
    }
    System.out.printf(Locale.ROOT, "search test set: %d queries, %d judged statements over ../shared/corpus%n",
        set.queries().size(), set.queries().stream().mapToInt(q -> q.relevant().size()).sum());
    System.out.printf(Locale.ROOT, "| %-32s | %-9s | %-7s |%n", "analysis", "recall@10", "nDCG@10");
    scores.forEach((name, s) -> System.out.printf(Locale.ROOT, "| %-32s | %9.3f | %7.3f |%n", name, s[0], s[1]));
    double[] lucene = scores.get("Lucene SwedishAnalyzer (stock)");
    double[] ours = scores.get("Samsyn (default)");
    assertTrue(ours[0] > lucene[0], "recall@10 " + ours[0] + " vs " + lucene[0]);
    assertTrue(ours[1] > lucene[1], "nDCG@10 " + ours[1] + " vs " + lucene[1]);
    // what the judged queries reached before the content prior and derivations (SEARCH.md): no drop
    assertTrue(ours[0] >= 0.784 && ours[1] >= 0.829, "recall@10 " + ours[0] + ", nDCG@10 " + ours[1]);
  }

  @Test
  void matchedWordsAreTheSpansLucenesUnifiedHighlighterMarks() throws Exception {
    List<String> queries = new ArrayList<>(SearchTestSet.read().queries().stream().map(SearchTestSet.TestQuery::query).toList());
    queries.addAll(List.of("samverk*", "innovati*", "dialog OR samtal", "\"ömsesidig respekt\"", "kvalitet -upphandling",
        "föreningarna bidrag"));
    try (StatementIndex index = StatementIndex.open(work.resolve("out").resolve(LuceneIndexer.FOLDER), analysis.version())) {
      int spans = UnifiedHighlighterSpans.assertSameSpans(index, analysis, expansion(), queries, 50);
      assertTrue(spans > 500, spans + " spans");
    }
  }

  private static double[] measure(SearchTestSet set, StatementSearcher searcher, boolean expand) throws Exception {
    double recall = 0;
    double ndcg = 0;
    for (SearchTestSet.TestQuery query : set.queries()) {
      List<CodedStatement> ranking = searcher.search(new SearchRequest(query.query(), SearchFilters.NONE,
          SearchTestSet.CUTOFF, expand)).hits().stream().map(Hit::statement).toList();
      recall += SearchTestSet.recall(ranking, query.relevant());
      ndcg += SearchTestSet.ndcg(ranking, query.relevant());
    }
    return new double[] {recall / set.queries().size(), ndcg / set.queries().size()};
  }

  private static List<CodedDocument> byDocument(List<CodedStatement> statements) {
    Map<String, List<CodedStatement>> documents = new LinkedHashMap<>();
    statements.forEach(s -> documents.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
    return documents.entrySet().stream().map(e -> new CodedDocument(e.getKey(), e.getValue())).toList();
  }

  private static List<CodedStatement> storedStatements(Path index) throws IOException {
    List<CodedStatement> all = new ArrayList<>();
    try (var directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          all.add(StatementSchema.fromStored(reader.storedFields().document(doc)));
        }
      }
    }
    return all;
  }
}
