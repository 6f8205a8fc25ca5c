package se.samsyn.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samsyn.nlp.SwedishLexicon;

class LineCleanerTest {
  static LineCleaner cleaner;

  @BeforeAll
  static void loadLexicon() {
    cleaner = new LineCleaner(SwedishLexicon.load());
  }

  @Test
  void repairsHyphenationOnlyWhereTheJoinedWordExists() {
    assertEquals("bedrivs huvudsakligen i föreningar", cleaner.repairHyphenation("bedrivs huvudsak-ligen i föreningar"));
    assertEquals("liknande sammanslutningar", cleaner.repairHyphenation("liknande samman-slutningar"));
    assertEquals("skicka e-post", cleaner.repairHyphenation("skicka e-post"));
    assertEquals("organisations- och föreningsformer", cleaner.repairHyphenation("organisations- och föreningsformer"));
    assertEquals("Två plus två är lika med fem- nätverk", cleaner.repairHyphenation("Två plus två är lika med fem- nätverk"));
  }

  @Test
  void joinsLinesBrokenAtAHyphen() {
    assertEquals("verksamheten bedrivs huvudsakligen i föreningar",
        cleaner.joinLines("verksamheten bedrivs huvudsak-", "ligen i föreningar"));
    assertEquals("ett inkluderande förhållnings- och arbetssätt",
        cleaner.joinLines("ett inkluderande förhållnings-", "och arbetssätt"));
    assertEquals("tradition av att samverka", cleaner.joinLines("tradition av", "att samverka"));
  }

  @Test
  void stripsBulletsAndEmphasis() {
    assertEquals("Ohållbar – motverkar ÖK", LineCleaner.stripBullet("- Ohållbar – motverkar ÖK"));
    assertEquals("Gemensam värdegrund", LineCleaner.stripBullet("• Gemensam värdegrund"));
    assertEquals("Stärka de idéburna organisationernas röstbärare och opinionsbildare",
        LineCleaner.stripEmphasis("Stärka de *idéburna* organisationernas ***röstbärare och opinionsbildare***"));
    assertEquals("Samhället är", LineCleaner.stripEmphasis("**Samhället är"));
  }
}
