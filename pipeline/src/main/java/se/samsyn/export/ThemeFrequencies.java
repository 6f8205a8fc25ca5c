package se.samsyn.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import se.samsyn.group.StatementGroups;
import se.samsyn.index.IndexedStatement;
import se.samsyn.models.Codebook;

/**
 * How often each principle and each emerging theme occurs, per group of statements (document,
 * section, date, organisation, speaker, kind, or all). A statement counts once under each of its
 * principles, under {@code other} when it has none, and under its emerging theme when it has one;
 * every group ends with a {@code total} row of its statements.
 */
public final class ThemeFrequencies {
  public static final String TOTAL = "total";
  /** Prefix of the code of an emerging theme: {@code theme:<id>}. */
  public static final String THEME_PREFIX = "theme:";

  /** What statements are grouped by. */
  public enum By {
    ALL(s -> "all"),
    DOCUMENT(IndexedStatement::source),
    SECTION(IndexedStatement::section),
    DATE(s -> Objects.toString(s.date(), "")),
    ORGANISATION(IndexedStatement::organisation),
    SPEAKER(IndexedStatement::speaker),
    /** What the statements are: voice, official, prompt or heading. */
    KIND(s -> s.kind().label());

    private final Function<IndexedStatement, String> key;

    By(Function<IndexedStatement, String> key) {
      this.key = key;
    }
  }

  /**
   * One count.
   *
   * @param group      the group's value (empty for statements without one, e.g. undated)
   * @param code       principle id, {@code other}, {@code theme:<id>} or {@code total}
   * @param name       name of the principle or label of the theme
   * @param statements statements of the group with this code
   * @param documents  documents those statements come from
   * @param share      statements / statements of the group
   */
  public record Row(String group, String code, String name, long statements, long documents, double share) {}

  private final By by;
  private final Codebook codebook;
  private final Map<String, String> themeLabels;
  private final Map<String, Map<String, Cell>> groups = new TreeMap<>();

  /**
   * @param themeLabels label of each emerging theme by id (themes without a label are named by id)
   */
  public ThemeFrequencies(By by, Codebook codebook, Map<String, String> themeLabels) {
    this.by = Objects.requireNonNull(by, "by");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.themeLabels = Map.copyOf(themeLabels);
  }

  public void add(IndexedStatement statement) {
    Map<String, Cell> group = groups.computeIfAbsent(by.key.apply(statement), g -> new HashMap<>());
    List<String> codes = new ArrayList<>(statement.principles());
    if (codes.isEmpty()) {
      codes.add(StatementGroups.OTHER);
    }
    if (!statement.theme().isEmpty()) {
      codes.add(THEME_PREFIX + statement.theme());
    }
    codes.add(TOTAL);
    for (String code : codes) {
      group.computeIfAbsent(code, c -> new Cell()).add(statement.documentId());
    }
  }

  /** Groups in sorted order; in each: codebook principles, other, themes, then the total. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    groups.forEach((group, cells) -> {
      double total = cells.get(TOTAL).statements;
      for (Map.Entry<String, String> code : codes(cells.keySet()).entrySet()) {
        Cell cell = cells.get(code.getKey());
        rows.add(new Row(group, code.getKey(), code.getValue(), cell.statements, cell.documents.size(),
            cell.statements / total));
      }
    });
    return rows;
  }

  /** Code → name of every code that occurs in any group, in reporting order (the columns of a wide table). */
  public Map<String, String> codes() {
    Set<String> present = new HashSet<>();
    groups.values().forEach(cells -> present.addAll(cells.keySet()));
    return codes(present);
  }

  /** Code → name of the codes present, in reporting order (principles unknown to the codebook by id). */
  private Map<String, String> codes(Set<String> present) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Codebook.Principle principle : codebook.principles()) {
      if (present.contains(principle.id())) {
        codes.put(principle.id(), principle.nameSv());
      }
    }
    present.stream().filter(c -> !codes.containsKey(c) && !isReserved(c)).sorted().forEach(c -> codes.put(c, c));
    if (present.contains(StatementGroups.OTHER)) {
      codes.put(StatementGroups.OTHER, "Övrigt");
    }
    present.stream().filter(c -> c.startsWith(THEME_PREFIX)).sorted().forEach(c ->
        codes.put(c, themeLabels.getOrDefault(c.substring(THEME_PREFIX.length()), c)));
    codes.put(TOTAL, "Totalt");
    return codes;
  }

  private static boolean isReserved(String code) {
    return code.equals(TOTAL) || code.equals(StatementGroups.OTHER) || code.startsWith(THEME_PREFIX);
  }

  private static final class Cell {
    long statements;
    final Set<String> documents = new HashSet<>();

    void add(String documentId) {
      statements++;
      documents.add(documentId);
    }
  }
}
