package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.StatementKind;
import se.samsyn.index.IndexFixtures;

/**
 * Ranking and recall beyond the judged queries, on statements written here: statements with content
 * before bare headings, "did you mean" from the index's own words when nothing matches, a noun that
 * finds the verb derived from it and a word that finds the compounds it begins (none of these words
 * is among the judged queries of corpus/search/queries.json).
 */
class SearchRankingAndSuggestionTest {
  private static final String CONTENT = "Vi måste kunna kritisera kommunen utan att förlora bidrag, annars är vårt "
      + "oberoende inget värt.";

  @TempDir
  static Path folder;
  private static SearchFixture index;

  @BeforeAll
  static void index() throws IOException {
    index = SearchFixture.of(folder, false,
        document("a", StatementKind.HEADING, "Oberoende", "Självständighet & oberoende", "Principen om oberoende.",
            CONTENT),
        document("b", StatementKind.VOICE,
            "Vi vill ha en levande dialog med kommunen varje termin.",
            "Kommunen har planerat nya mötesplatser för unga i höst.",
            "Planeten mår inte bra av alla bilresor till möten.",
            "Regionen erbjuder utbildningsinsatser för föreningarnas styrelser.",
            "Hyresgästföreningen lånar ut lokaler på kvällarna.",
            "Bidragen borde gälla i tre år."));
  }

  /** The first statement gets {@code firstKind}, the others are voices; texts in order. */
  private static CodedDocument document(String id, StatementKind firstKind, String... texts) {
    List<CodedStatement> statements = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      CodedStatement s = IndexFixtures.statement(id, i + 1, texts[i], "", null, List.of());
      statements.add(new CodedStatement(s.statementId(), s.documentId(), s.source(), s.title(), s.section(),
          s.location(), s.speaker(), s.organisation(), s.date(), s.text(), s.principles(), s.method(), s.score(),
          s.theme(), s.evidence(), i == 0 ? firstKind : StatementKind.VOICE, s.attributes()));
    }
    return new CodedDocument(id, statements);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchResult search(String query) throws Exception {
    return index.searcher().search(new SearchRequest(query, SearchFilters.NONE, 10, false));
  }

  private static List<String> texts(String query) throws Exception {
    return search(query).hits().stream().map(h -> h.statement().text()).toList();
  }

  @Test
  void aStatementWithContentRanksAboveBareHeadingsThatNameTheWord() throws Exception {
    List<String> texts = texts("oberoende");
    assertEquals(4, texts.size(), texts.toString());
    assertEquals(CONTENT, texts.getFirst());
    assertEquals("Oberoende", texts.getLast(), "the bare heading comes last");
  }

  @Test
  void nothingFoundSuggestsTheIndexsOwnWord() throws Exception {
    SearchResult dialg = search("dialg");
    assertEquals(0, dialg.total());
    assertEquals("dialog", dialg.didYouMean());
    assertEquals("kritisera kommunen", search("kritisra kommunen").didYouMean());
    assertEquals("", search("dialog").didYouMean(), "a search with hits needs no suggestion");
    assertEquals("", search("xqzvbnw").didYouMean(), "nothing close: no suggestion");
    assertTrue(search(dialg.didYouMean()).total() > 0);
  }

  @Test
  void aNounFindsTheVerbDerivedFromItButNotWordsThatMerelyBeginLikeIt() throws Exception {
    List<String> texts = texts("plan");
    assertTrue(texts.contains("Kommunen har planerat nya mötesplatser för unga i höst."), texts.toString());
    assertFalse(texts.stream().anyMatch(t -> t.startsWith("Planeten")), texts.toString());
  }

  @Test
  void aWordFindsTheCompoundsItBegins() throws Exception {
    assertTrue(texts("utbildning").contains("Regionen erbjuder utbildningsinsatser för föreningarnas styrelser."));
    assertTrue(texts("hyresgäst").contains("Hyresgästföreningen lånar ut lokaler på kvällarna."));
    assertTrue(texts("möte").contains("Kommunen har planerat nya mötesplatser för unga i höst."));
  }
}
