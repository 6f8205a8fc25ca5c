package se.samsyn.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeadingRulesTest {
  private static final String PROSE = "Denna överenskommelse har tagits fram för att främja samsyn och engagemang i länet.";

  @Test
  void numberedAndPrincipleHeadings() {
    assertEquals(HeadingRules.Kind.NUMBERED, HeadingRules.classify("1. Självtändighet och oberoende", "Skåne: text", true, false));
    assertEquals(HeadingRules.Kind.NUMBERED, HeadingRules.classify("Principen om dialog", "Text", true, false));
  }

  @Test
  void aNumberedListIsNotAHeading() {
    assertNull(HeadingRules.classify("1. Ja", "2. Nej", true, false));
  }

  @Test
  void datedSummaries() {
    assertEquals(HeadingRules.Kind.DATED, HeadingRules.classify("Sammanfattning från 8 maj", "Tillit", true, false));
  }

  @Test
  void chaptersOnlyBeforeProseAndOnlyWhenAllowed() {
    assertEquals(HeadingRules.Kind.CHAPTER, HeadingRules.classify("Bakgrund", PROSE, true, false));
    assertNull(HeadingRules.classify("Bakgrund", PROSE, false, false));
    assertNull(HeadingRules.classify("Tillit", "I samverkan skapa tillit hos människor", true, false));
  }

  @Test
  void insideADatedSummaryOnlyCapitalsMakeChapters() {
    assertNull(HeadingRules.classify("Ansvar och respekt", PROSE, true, true));
    assertEquals(HeadingRules.Kind.CHAPTER, HeadingRules.classify("SAMVERKAN", "Text", true, true));
  }

  @Test
  void sentencesAreNotHeadings() {
    assertNull(HeadingRules.classify("Bidrag kan skapa frihet.", PROSE, true, false));
    assertNull(HeadingRules.classify("Självständighet för vem? Internt eller mellan org?", PROSE, true, false));
  }
}
