package se.samsyn.group;

import java.util.List;
import java.util.Map;
import se.samsyn.core.Theme;

/**
 * The seam theme finders sit behind: it groups the statements no principle covers into emerging
 * themes. {@link ThemeFinder} (spherical k-means) is the one Samsyn ships; another is one class
 * implementing this, handed to {@link Grouper}.
 */
public interface Clusterer {
  /**
   * Themes over the statements (id → text); statements in no theme are left out. {@code background}
   * holds the texts of the same material that did get a principle, against which a theme's terms
   * are told apart from the material's common words.
   */
  List<Theme> themes(Map<String, String> statements, List<String> background);
}
