package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samsyn.search.UserQuery.Phrase;
import se.samsyn.search.UserQuery.Word;

class QuerySyntaxTest {
  @Test
  void wordsAreRequiredGroups() throws QuerySyntaxException {
    UserQuery query = QuerySyntax.parse("  kvalitet   uppföljning ");
    assertEquals(List.of(List.of(new Word("kvalitet", false)), List.of(new Word("uppföljning", false))),
        query.required());
    assertEquals(List.of(), query.excluded());
  }

  @Test
  void orJoinsAlternativesOfOneGroup() throws QuerySyntaxException {
    UserQuery query = QuerySyntax.parse("kvalitet uppföljning OR utvärdering ELLER \"följa upp\"");
    assertEquals(2, query.required().size());
    assertEquals(List.of(new Word("uppföljning", false), new Word("utvärdering", false), new Phrase("följa upp")),
        query.required().get(1));
  }

  @Test
  void lowerCaseOrIsAnOrdinaryWord() throws QuerySyntaxException {
    assertEquals(2, QuerySyntax.parse("dialog or").required().size());
  }

  @Test
  void phrasesTakeStraightAndSwedishQuotationMarks() throws QuerySyntaxException {
    assertEquals(List.of(List.of(new Phrase("ömsesidig respekt"))), QuerySyntax.parse("\"ömsesidig respekt\"").required());
    assertEquals(List.of(List.of(new Phrase("social ekonomi"))), QuerySyntax.parse("”social ekonomi”").required());
  }

  @Test
  void minusExcludesWordsAndPhrases() throws QuerySyntaxException {
    UserQuery query = QuerySyntax.parse("dialog -kommunen -\"social ekonomi\" fem- - nätverk");
    assertEquals(List.of(new Word("kommunen", false), new Phrase("social ekonomi")), query.excluded());
    assertEquals(List.of(List.of(new Word("dialog", false)), List.of(new Word("fem-", false)),
        List.of(new Word("nätverk", false))), query.required());
  }

  @Test
  void starAtTheEndSearchesForWordStarts() throws QuerySyntaxException {
    assertEquals(List.of(List.of(new Word("kvalit", true))), QuerySyntax.parse("kvalit*").required());
  }

  @Test
  void malformedQueriesAreExplainedInOneLine() {
    assertMessage("", "empty");
    assertMessage("   ", "empty");
    assertMessage("\"ömsesidig respekt", "closing quotation mark");
    assertMessage("\"  \"", "nothing between the quotation marks");
    assertMessage("-dialog", "only excludes");
    assertMessage("OR dialog", "both sides");
    assertMessage("dialog OR", "both sides");
    assertMessage("dialog OR OR samtal", "both sides");
    assertMessage("dialog OR -samtal", "both sides");
    assertMessage("k*", "at least 2 letters");
    assertMessage("kv*et", "only works at the end");
  }

  private static void assertMessage(String query, String expected) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QuerySyntax.parse(query), query);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }
}
