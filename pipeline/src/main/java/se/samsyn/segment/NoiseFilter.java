package se.samsyn.segment;

import java.util.ArrayList;
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
  private static final Pattern DATE_ONLY = Pattern.compile(
      "^((19|20)\\d\\d-\\d\\d-\\d\\d|\\d{1,2} \\p{L}+ (19|20)\\d\\d)$");
  private static final int MAX_FURNITURE_WORDS = 12;
  private static final int EDGE_LINES = 2;

  private final Set<String> furniture;

  private NoiseFilter(Set<String> furniture) {
    this.furniture = Set.copyOf(furniture);
  }

  /**
   * Learns the page furniture of one document: lines at the top or bottom of at least half of
   * its pages (and of three or more), where the page's own number counts as equal, so that
   * "Sida 3 av 5" on page 3 matches "Sida 4 av 5" on page 4.
   *
   * @param linesByPage the lines of each page, pages in order from page 1
   */
  static NoiseFilter forPages(List<List<String>> linesByPage) {
    if (linesByPage.size() < 3) {
      return new NoiseFilter(Set.of());
    }
    Map<String, Integer> pagesWithLine = new HashMap<>();
    for (int page = 0; page < linesByPage.size(); page++) {
      Set<String> seen = new HashSet<>();
      for (String line : pageEdges(linesByPage.get(page))) {
        if (line.split("\\s+").length <= MAX_FURNITURE_WORDS && seen.add(mask(line, page + 1))) {
          pagesWithLine.merge(mask(line, page + 1), 1, Integer::sum);
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

  private static List<String> pageEdges(List<String> page) {
    if (page.size() <= 2 * EDGE_LINES) {
      return page;
    }
    List<String> edges = new ArrayList<>(page.subList(0, EDGE_LINES));
    edges.addAll(page.subList(page.size() - EDGE_LINES, page.size()));
    return edges;
  }

  /** Noise anywhere: banners, page numbers, rules, date-only lines. */
  static boolean isNoiseAnywhere(String line) {
    String trimmed = line.strip();
    return trimmed.isEmpty() || PAGE_NUMBER.matcher(trimmed).matches() || RULE_LINE.matcher(trimmed).matches()
        || DATE_ONLY.matcher(trimmed).matches() || BANNERS.stream().anyMatch(p -> p.matcher(trimmed).matches());
  }

  /** @param page the line's page number, or 0 when the document has no pages */
  boolean isNoise(String line, int page) {
    return isNoiseAnywhere(line) || (page > 0 && furniture.contains(mask(line, page)));
  }

  private static String mask(String line, int page) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("(?<!\\d)" + page + "(?!\\d)", "#");
  }
}
