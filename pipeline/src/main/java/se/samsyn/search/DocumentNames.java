package se.samsyn.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a person reads for each document of an index: its title, with the file name in parentheses
 * when another document has the same title ("ÖVERENSKOMMELSEN (blekinge.pdf)"), or the file name
 * when it has no title of its own (the title is the file name without its extension).
 */
public final class DocumentNames {
  private DocumentNames() {}

  /** Source → name, for the titles of every document of an index (source → title). */
  public static Map<String, String> of(Map<String, String> titleBySource) {
    Map<String, Integer> uses = new HashMap<>();
    titleBySource.values().forEach(title -> uses.merge(key(title), 1, Integer::sum));
    Map<String, String> names = new LinkedHashMap<>();
    titleBySource.forEach((source, title) -> {
      String file = fileName(source);
      boolean ownTitle = !title.isBlank() && !file.startsWith(title.strip() + ".") && !file.equals(title.strip());
      names.put(source, !ownTitle ? file : uses.get(key(title)) > 1 ? title.strip() + " (" + file + ")" : title.strip());
    });
    return names;
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }

  /** The last element of a source path, with either separator. */
  static String fileName(String source) {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }
}
