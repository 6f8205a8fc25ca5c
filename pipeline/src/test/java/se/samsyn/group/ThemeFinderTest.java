package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samsyn.core.TermFeatures;
import se.samsyn.core.Theme;

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

  /** Words as terms; a word written "v:finna" is the verb finna. */
  private static final TermFeatures WITH_VERBS = new TermFeatures() {
    @Override
    public List<String> terms(String text) {
      return Arrays.stream(text.split(" ")).map(word -> word.replace("v:", "")).toList();
    }

    @Override
    public List<Positioned> positioned(String text) {
      String[] words = text.split(" ");
      return java.util.stream.IntStream.range(0, words.length)
          .mapToObj(i -> new Positioned(words[i].replace("v:", ""), i, words[i].startsWith("v:"))).toList();
    }
  };

  @Test
  void aVerbIsShownOnlyInAPhraseAndAClusterOfALoneVerbGetsNoTheme() {
    List<Theme> themes = new ThemeFinder(WITH_VERBS, GroupingSettings.DEFAULTS).themes(statements(
        "det v:finna barnpassning", "mötena v:finna inte", "v:finna tolk", "v:finna hiss", "v:finna ramp",
        "v:finna fika", "kommunen v:hyra lokal billigt", "vi v:hyra lokal", "föreningen v:hyra lokal dyrt",
        "v:hyra lokal helg", "v:hyra lokal kväll", "v:hyra lokal skola", "buss går sällan", "ingen buss helg",
        "buss kostar mycket", "buss sent", "buss full", "buss dyr"), List.of());
    Theme rent = themeWith(themes, "s-6");
    assertEquals(List.of("hyra lokal"), rent.labelTerms(), themes.toString());
    assertEquals("hyra-lokal", rent.id());
    assertTrue(themes.stream().noneMatch(t -> t.members().contains("s-0") || t.labelTerms().contains("finna")),
        themes.toString());
  }
}
