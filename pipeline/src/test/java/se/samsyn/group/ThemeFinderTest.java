package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeFinderTest {
  /** Words as terms, each at its own position. */
  private final ThemeFinder finder =
      new ThemeFinder(text -> Arrays.asList(text.split(" ")), GroupingSettings.DEFAULTS);

  private static Map<String, String> statements(String... texts) {
    Map<String, String> statements = new LinkedHashMap<>();
    for (int i = 0; i < texts.length; i++) {
      statements.put("s-" + i, texts[i]);
    }
    return statements;
  }

  private static Theme themeWith(List<Theme> themes, String member) {
    return themes.stream().filter(t -> t.members().contains(member)).findFirst().orElseThrow();
  }

  @Test
  void labelLemmasThatMostMembersHaveSideBySideBecomeOnePhrase() {
    List<Theme> themes = finder.themes(statements(
        "social ekonomi växer", "stöd till social ekonomi", "ekonomi och social hållbarhet",
        "buss går sällan", "ingen buss helg", "buss kostar mycket"), List.of());
    Theme economy = themeWith(themes, "s-0");
    assertEquals(List.of("social ekonomi"), economy.labelTerms(), economy.toString());
    assertEquals("ekonomi-social", economy.id(), "the id is made of the lemmas, not the phrase");
  }

  @Test
  void aLemmaCommonOnlyAmongTheLeftoverStatementsMakesATheme() {
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add("buss " + List.of("sällan", "sent", "dyr", "full", "kall").get(i % 5) + " svar" + i);
    }
    for (int i = 0; i < 20; i++) {
      answers.add("överenskommelse ord" + i + " ord" + (i + 1));
    }
    List<String> background = List.of("överenskommelse dialog", "överenskommelse kvalitet", "mångfald överenskommelse");
    List<Theme> themes = finder.themes(statements(answers.toArray(String[]::new)), background);
    Theme bus = themeWith(themes, "s-0");
    assertTrue(List.of(bus.id().split("-")).contains("buss"), themes.toString());
    assertEquals(10, bus.members().size(), themes.toString());
    assertTrue(themes.stream().noneMatch(t -> t.labelTerms().contains("överenskommelse")), themes.toString());
  }

  @Test
  void withoutABackgroundALemmaInMostStatementsIsTheMaterialsOwn() {
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      answers.add("överenskommelse " + List.of("buss", "lokal", "park").get(i % 3) + " ord" + i);
    }
    List<Theme> themes = finder.themes(statements(answers.toArray(String[]::new)), List.of());
    assertTrue(themes.stream().noneMatch(t -> t.id().contains("överenskommelse")), themes.toString());
    assertTrue(themes.stream().anyMatch(t -> t.id().equals("buss")), themes.toString());
  }

  @Test
  void lemmasSideBySideInFewMembersStaySeparate() {
    List<Theme> themes = finder.themes(statements(
        "social ekonomi växer", "ekonomi för social nytta", "ekonomi och social hållbarhet",
        "buss går sällan", "ingen buss helg", "buss kostar mycket"), List.of());
    Theme economy = themeWith(themes, "s-0");
    assertEquals(2, economy.labelTerms().size(), economy.toString());
    assertEquals("ekonomi-social", economy.id());
  }
}
