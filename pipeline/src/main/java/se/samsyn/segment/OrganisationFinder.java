package se.samsyn.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the public-sector organisation or region a document is about: the one it mentions most
 * ("Region Blekinge", "Göteborgs Stad", "Karlshamns kommun", or a county name such as Värmland).
 */
final class OrganisationFinder {
  private static final String NAME = "\\p{Lu}[\\p{Ll}åäö]+";
  private static final List<Pattern> BODIES = List.of(
      Pattern.compile("\\bRegion (" + NAME + "(?: " + NAME + ")?)(?! län)"),
      Pattern.compile("\\b(" + NAME + "s (?:[Ss]tad|kommun))\\b"),
      Pattern.compile("\\b((?:Landstinget|Regionförbundet|Länsstyrelsen)(?: i)? " + NAME + ")"));
  private static final List<String> COUNTIES = List.of("Blekinge", "Dalarna", "Gotland",
      "Gävleborg", "Halland", "Jämtland", "Jönköping", "Kalmar", "Kronoberg", "Norrbotten", "Skåne",
      "Stockholm", "Sörmland", "Uppsala", "Värmland", "Västerbotten", "Västernorrland",
      "Västmanland", "Västra Götaland", "Örebro", "Östergötland");
  private static final Pattern COUNTY = Pattern.compile(
      "(?<![\\p{L}])(" + String.join("|", COUNTIES) + ")(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private OrganisationFinder() {}

  static String find(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Pattern body : BODIES) {
      Matcher m = body.matcher(text);
      while (m.find()) {
        String name = body == BODIES.get(0) ? "Region " + m.group(1) : m.group(1);
        counts.merge(name, 2, Integer::sum);
      }
    }
    Matcher county = COUNTY.matcher(text);
    while (county.find()) {
      counts.merge(canonicalCounty(county.group(1)), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
        .map(Map.Entry::getKey).orElse("");
  }

  private static String canonicalCounty(String mention) {
    return COUNTIES.stream().filter(c -> c.equalsIgnoreCase(mention)).findFirst()
        .orElse(mention.toLowerCase(Locale.ROOT));
  }
}
