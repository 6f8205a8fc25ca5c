package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samsyn.index.IndexFixtures.document;
import static se.samsyn.index.IndexFixtures.statement;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.models.Codebook;

/** Search behaviour on a small real index. */
class StatementSearcherTest {
  private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 12);
  private static final LocalDate NOVEMBER_2023 = LocalDate.of(2023, 11, 2);

  @TempDir
  static Path folder;
  private static SearchFixture index;

  @BeforeAll
  static void index() throws IOException {
    index = SearchFixture.of(folder, true,
        document("a",
            statement("a", 1, "Kvalitet är viktigt för alla föreningar.", "Region Testland", MARCH_2024,
                List.of("quality")),
            statement("a", 2, "Vi behöver ett gemensamt kvalitetsarbete i regionen.", "Region Testland",
                MARCH_2024, List.of()),
            statement("a", 3, "Dialogträffar varje år ger förtroende.", "Region Testland", MARCH_2024, List.of()),
            statement("a", 4, "Ömsesidig respekt för varandras roller.", "Region Testland", MARCH_2024, List.of()),
            statement("a", 5, "Respekten är ömsesidig mellan parterna.", "Region Testland", MARCH_2024, List.of())),
        document("b",
            statement("b", 1, "Föreningarna måste få vara självständiga och kritiska.", "Kommunförbundet",
                NOVEMBER_2023, List.of("independence")),
            statement("b", 2, "Integritet gentemot kommunen är avgörande.", "Kommunförbundet", NOVEMBER_2023,
                List.of()),
            statement("b", 3, "Oberoende är grunden för samverkan.", "Kommunförbundet", NOVEMBER_2023, List.of()),
            statement("b", 4, "Kvalitén på dialogen varierar.", "Kommunförbundet", NOVEMBER_2023, List.of())),
        document("c",
            statement("c", 1, "Kvalitetskrav vid upphandling", "", null, List.of())));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchResult search(String query) throws Exception {
    return search(query, SearchFilters.NONE, true);
  }

  private static SearchResult search(String query, SearchFilters filters, boolean expand) throws Exception {
    return index.searcher().search(new SearchRequest(query, filters, 10, expand));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.statement().statementId()).toList();
  }

  private static List<String> sorted(SearchResult result) {
    return ids(result).stream().sorted().toList();
  }

  @Test
  void aWordFindsItsInflectionsAndCompoundsWithTheExactFormFirst() throws Exception {
    SearchResult result = search("kvalitet");
    assertEquals("a-1", ids(result).getFirst());
    assertEquals(List.of("a-1", "a-2", "b-4", "c-1"), sorted(result));
    assertEquals(4, result.total());
  }

  @Test
  void aCompoundInTheQueryFindsOnlyThatCompound() throws Exception {
    assertEquals(List.of("a-2"), ids(search("kvalitetsarbete")));
    assertEquals(List.of("a-3"), ids(search("dialogträff")));
  }

  @Test
  void allWordsMustOccur() throws Exception {
    assertEquals(List.of("b-4"), ids(search("kvalitet dialog")));
  }

  @Test
  void functionWordsInAQueryDoNotHaveToOccur() throws Exception {
    assertEquals(List.of("a-3"), ids(search("dialogträffar och förtroende")));
  }

  @Test
  void aPhraseMatchesOnlyThoseWordsInThatOrder() throws Exception {
    assertEquals(List.of("a-4"), ids(search("\"ömsesidig respekt\"")));
    assertEquals(List.of("a-4", "a-5"), sorted(search("ömsesidig respekt")));
  }

  @Test
  void orExcludeAndPrefixWork() throws Exception {
    assertEquals(List.of("a-3", "c-1"), sorted(search("dialogträff OR upphandling")));
    assertEquals(List.of("a-1", "a-2", "b-4"), sorted(search("kvalitet -upphandling")));
    assertEquals(List.of("a-1", "a-2", "b-4", "c-1"), sorted(search("kvalit*")));
  }

  @Test
  void aPrincipleNameAlsoFindsItsLabelAndOtherNamesRankedBelowDirectMatches() throws Exception {
    SearchResult expanded = search("oberoende");
    assertEquals("b-3", ids(expanded).getFirst());
    assertEquals(List.of("b-1", "b-2", "b-3"), sorted(expanded));
    assertEquals(3, expanded.total());
    List<Float> scores = expanded.hits().stream().map(Hit::score).toList();
    assertTrue(scores.get(0) > scores.get(1) && scores.get(1) >= scores.get(2), scores.toString());
    assertEquals(Map.of("independence", 1), expanded.facets().get("principle"));

    assertEquals(List.of("b-3"), ids(search("oberoende", SearchFilters.NONE, false)));
    // the expansion's own hits leave out what the query excludes too
    assertEquals(List.of("b-3", "b-1"), ids(search("oberoende -kommunen")));
  }

  @Test
  void filtersNarrowByPrincipleDocumentOrganisationAndDate() throws Exception {
    assertEquals(List.of("a-1"), ids(search("kvalitet", new SearchFilters("quality", null, null, null, null), true)));
    assertEquals(List.of("a-1", "a-2"), sorted(search("kvalitet", new SearchFilters(null, "A.TXT", null, null, null), true)));
    assertEquals(List.of("b-4"), ids(search("kvalitet", new SearchFilters(null, "b", null, null, null), true)));
    assertEquals(List.of("b-4"), ids(search("kvalitet", new SearchFilters(null, null, "kommunförbundet", null, null), true)));
    assertEquals(List.of("a-1", "a-2"),
        sorted(search("kvalitet", new SearchFilters(null, null, null, LocalDate.of(2024, 1, 1), null), true)));
    assertEquals(List.of("b-4"),
        sorted(search("kvalitet", new SearchFilters(null, null, null, null, LocalDate.of(2023, 12, 31)), true)));
  }

  @Test
  void facetsCountTheWholeResultNotOnlyTheHitsShown() throws Exception {
    SearchResult result = index.searcher().search(new SearchRequest("kvalitet", SearchFilters.NONE, 1, true));
    assertEquals(1, result.hits().size());
    assertEquals(4, result.total());
    assertEquals(Map.of("in/a.txt", 2, "in/b.txt", 1, "in/c.txt", 1), result.facets().get("document"));
    assertEquals(Map.of("2024", 2, "2023", 1), result.facets().get("year"));
    assertEquals(Map.of("Region Testland", 2, "Kommunförbundet", 1), result.facets().get("organisation"));
    assertEquals(Map.of("quality", 1), result.facets().get("principle"));
  }

  /** The overview's counts of every statement are counted once per commit and handed out read-only. */
  @Test
  void facetsOfAllStatementsAreCountedOnce() throws Exception {
    try (StatementIndex opened = StatementIndex.open(folder, index.analysis().version())) {
      Map<String, Map<String, Integer>> all = opened.facetsOfAll();
      assertEquals("{in/a.txt=5, in/b.txt=4, in/c.txt=1}", all.get("document").toString());
      assertSame(all, opened.facetsOfAll());
      assertThrows(UnsupportedOperationException.class, () -> all.get("document").put("in/d.txt", 1));
      assertThrows(UnsupportedOperationException.class, () -> all.remove("document"));
    }
  }

  /** The first count of a freshly opened index reads doc values, later ones the ordinals held in memory. */
  @Test
  void facetsCountedAgainAreTheSame() throws Exception {
    try (StatementSearcher fresh = StatementSearcher.open(folder, index.analysis(), null)) {
      SearchRequest request = new SearchRequest("kvalitet OR dialog", SearchFilters.NONE, 5, false);
      String first = fresh.search(request).facets().toString(); // in the order of the counts
      assertEquals(first, fresh.search(request).facets().toString());
      assertEquals(first, fresh.search(request).facets().toString());
      assertTrue(first.contains("document={in/a.txt=3, in/b.txt=1, in/c.txt=1}"), first);
    }
  }

  @Test
  void matchedWordsAreMarkedWholeIncludingCompoundsAndPhrases() throws Exception {
    Hit compound = search("kvalitet -upphandling").hits().stream()
        .filter(h -> h.statement().statementId().equals("a-2")).findFirst().orElseThrow();
    assertEquals("Vi behöver ett gemensamt [kvalitetsarbete] i regionen.", compound.marked("[", "]"));
    Hit phrase = search("\"ömsesidig respekt\"").hits().getFirst();
    assertEquals("[Ömsesidig respekt] för varandras roller.", phrase.marked("[", "]"));
    Hit expansion = search("oberoende").hits().stream()
        .filter(h -> h.statement().statementId().equals("b-2")).findFirst().orElseThrow();
    assertEquals("[Integritet] gentemot kommunen är avgörande.", expansion.marked("[", "]"));
  }

  @Test
  void matchedWordsAreTheSpansLucenesUnifiedHighlighterMarks() throws Exception {
    try (StatementIndex opened = StatementIndex.open(folder, index.analysis().version())) {
      int spans = UnifiedHighlighterSpans.assertSameSpans(opened, index.analysis(),
          new PrincipleExpansion(Codebook.standard(), index.analysis().queryText(), TestLexicons.get().lookup()::isWord),
          List.of("kvalitet", "kvalitet -upphandling", "\"ömsesidig respekt\"", "kvalitet*", "respekt OR dialog",
              "oberoende", "föreningarna kritiska"), 10);
      assertTrue(spans >= 15, spans + " spans");
    }
  }

  @Test
  void malformedQueriesAndMissingIndexesAreReported(@TempDir Path empty) {
    assertThrows(QuerySyntaxException.class, () -> search("\"öppen"));
    assertThrows(QuerySyntaxException.class, () -> search("–"));
    assertThrows(NoSuchFileException.class, () -> StatementSearcher.open(empty, index.analysis(), null));
  }
}
