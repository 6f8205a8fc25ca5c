package se.samsyn.segment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises text that nobody said: web-capture banners and link lists, slide and page numbers,
 * and header/footer lines repeated on many pages.
 */
final class NoiseFilter {
  private static final List<Pattern> BANNERS = List.of(
      Pattern.compile("^Presentation(en)? laddar\\.?( Vänta\\.?)?$"),
      Pattern.compile("^Liknande presentationer$"),
      Pattern.compile("^Ladda ner (ppt|pptx|presentationen|pdf)\\b.*"),
      Pattern.compile("^Google-annonser.*"),
      Pattern.compile("^En presentation över ämnet:.*"),
      Pattern.compile(".*Presentationens avskrift:$"),
      Pattern.compile("^(Publicerades|Uppladdad) av .*"),
      Pattern.compile("^(Dela|Bädda in|Rapportera|Gilla|Följ oss)( på .*)?$"),
      Pattern.compile("^(Cookies?|Vi använder kakor|Acceptera alla).*"),
      Pattern.compile("^(Läs mer|Tillbaka|Till toppen|Skriv ut|Meny|Sök)$"));
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(([Ss]ida|[Bb]ild|[Pp]age|[Ss]lide|s\\.)\\s*)?[-–(]?\\s*\\d{1,4}\\s*[-–)]?(\\s*(av|/|of)\\s*\\d{1,4})?\\s*$");
  private static final Pattern RULE_LINE = Pattern.compile("^[\\p{Punct}\\s–—_=|•·]+$");
  private static final int MAX_FURNITURE_WORDS = 12;

  private final Set<String> furniture;

  private NoiseFilter(Set<String> furniture) {
    this.furniture = Set.copyOf(furniture);
  }

  /**
   * Learns the page furniture of one document: short lines that stand on at least half of its
   * pages (and on three or more), compared with digits masked so "Sida 3" matches "Sida 4".
   *
   * @param linesByPage the lines of each page, pages in order
   */
  static NoiseFilter forPages(List<List<String>> linesByPage) {
    if (linesByPage.size() < 3) {
      return new NoiseFilter(Set.of());
    }
    Map<String, Integer> pagesWithLine = new HashMap<>();
    for (List<String> page : linesByPage) {
      Set<String> seen = new HashSet<>();
      for (String line : page) {
        if (line.split("\\s+").length <= MAX_FURNITURE_WORDS && seen.add(mask(line))) {
          pagesWithLine.merge(mask(line), 1, Integer::sum);
        }
      }
    }
    int threshold = Math.max(3, (linesByPage.size() + 1) / 2);
    Set<String> repeated = new HashSet<>();
    pagesWithLine.forEach((line, pages) -> {
      if (pages >= threshold) {
        repeated.add(line);
      }
    });
    return new NoiseFilter(repeated);
  }

  boolean isNoise(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || PAGE_NUMBER.matcher(trimmed).matches() || RULE_LINE.matcher(trimmed).matches()
        || furniture.contains(mask(trimmed))) {
      return true;
    }
    return BANNERS.stream().anyMatch(p -> p.matcher(trimmed).matches());
  }

  private static String mask(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
  }
}
