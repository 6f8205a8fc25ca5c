package se.samsyn.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
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

  @Test
  void emphasisAndInlineTagsAreStrippedAsTheTwoPatternsStripThem() {
    Pattern markup = Pattern.compile("</?(?:i|b|em|strong|u|span|sup|sub)(?:\\s[^>]*)?>");
    Pattern emphasis = Pattern.compile("(?<![\\p{L}\\d])([*_]{1,3})(?=\\S)|(?<=\\S)([*_]{1,3})(?![\\p{L}\\d])");
    String[] pieces = {"<", ">", "/", "b", "i", "em", " ", "*", "_", "**", "a", "Ö", "1", "<b>", "</i>", "\t"};
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder line = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = line.toString();
      String expected = emphasis.matcher(markup.matcher(text).replaceAll("")).replaceAll("").strip();
      assertEquals(expected, LineCleaner.stripEmphasis(text), () -> "line [" + text + "]");
    }
  }
}
