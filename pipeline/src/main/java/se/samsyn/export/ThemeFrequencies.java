package se.samsyn.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.Method;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.StatementKind;
import se.samsyn.models.Codebook;

/**
 * How often each principle and each emerging theme occurs, per group of statements (document,
 * section, date, organisation, speaker, kind, or all). A statement counts once under each of its
 * principles, under {@code other} when it has none, and under its emerging theme when it has one;
 * every group ends with a {@code total} row of its statements. Every code of the codebook and every
 * known theme has a row in every group, zero or not, and each count is also broken down by statement
 * kind × assignment method.
 */
public final class ThemeFrequencies {
  public static final String TOTAL = "total";
  /** Prefix of the code of an emerging theme: {@code theme:<id>}. */
  public static final String THEME_PREFIX = "theme:";
  /** The kind or method of a row that counts statements of every kind or method. */
  public static final String ALL = "all";
  /** The method of statements that grouping has not seen (an index written before grouping). */
  public static final String NO_METHOD = "none";
  /** Name of {@code other} in the tables: no principle. */
  public static final String OTHER_NAME = "Övrigt";

  /** What statements are grouped by. */
  public enum By {
    ALL(s -> "all"),
    DOCUMENT(CodedStatement::source),
    SECTION(CodedStatement::section),
    DATE(s -> Objects.toString(s.date(), "")),
    ORGANISATION(CodedStatement::organisation),
    SPEAKER(CodedStatement::speaker),
    /** What the statements are: voice, official, prompt or heading. */
    KIND(s -> s.kind().label());

    private final Function<CodedStatement, String> key;

    By(Function<CodedStatement, String> key) {
      this.key = key;
    }

    /** The group {@code statement} belongs to (empty when it has no value, e.g. undated). */
    public String groupOf(CodedStatement statement) {
      return key.apply(statement);
    }
  }

  /** What a code is, so that principles, {@code other}, themes and totals can be told apart in one column. */
  public enum CodeType {
    PRINCIPLE, OTHER, THEME, TOTAL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static CodeType of(String code) {
      return code.equals(ThemeFrequencies.TOTAL) ? TOTAL : code.equals(StatementGroups.OTHER) ? OTHER
          : code.startsWith(THEME_PREFIX) ? THEME : PRINCIPLE;
    }
  }

  /**
   * One count.
   *
   * @param group      the group's value (empty for statements without one, e.g. undated)
   * @param type       what the code is
   * @param code       principle id, {@code other}, {@code theme:<id>} or {@code total}
   * @param name       name of the principle or label of the theme
   * @param kind       statement kind counted ({@code voice} …), or {@link #ALL}
   * @param method     assignment method counted ({@code heading} …, {@link #NO_METHOD}), or {@link #ALL}
   * @param statements statements of the group with this code, kind and method
   * @param documents  documents those statements come from
   * @param share      statements / all statements of the group
   */
  public record Row(String group, CodeType type, String code, String name, String kind, String method,
      long statements, long documents, double share) {}

  /** A kind × method cell of a count; {@link #SUM} is every kind and method. */
  private record Slice(String kind, String method) {
    static final Slice SUM = new Slice(ALL, ALL);
  }

  private static final List<Slice> SLICES = slices();

  private final By by;
  private final Codebook codebook;
  private final Map<String, String> themeLabels;
  private final Map<String, Map<String, Map<Slice, Cell>>> groups = new TreeMap<>();

  /**
   * @param themeLabels label of each emerging theme by id (themes without a label are named by id)
   */
  public ThemeFrequencies(By by, Codebook codebook, Map<String, String> themeLabels) {
    this.by = Objects.requireNonNull(by, "by");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.themeLabels = Map.copyOf(themeLabels);
  }

  public Codebook codebook() {
    return codebook;
  }

  public void add(CodedStatement statement) {
    Map<String, Map<Slice, Cell>> group = groups.computeIfAbsent(by.groupOf(statement), g -> new HashMap<>());
    List<String> codes = new ArrayList<>(statement.principles());
    if (codes.isEmpty()) {
      codes.add(StatementGroups.OTHER);
    }
    if (!statement.theme().isEmpty()) {
      codes.add(THEME_PREFIX + statement.theme());
    }
    codes.add(TOTAL);
    Slice slice = new Slice(statement.kind().label(), statement.method().isEmpty() ? NO_METHOD : statement.method());
    for (String code : codes) {
      Map<Slice, Cell> cells = group.computeIfAbsent(code, c -> new HashMap<>());
      cells.computeIfAbsent(Slice.SUM, s -> new Cell()).add(statement.documentId());
      cells.computeIfAbsent(slice, s -> new Cell()).add(statement.documentId());
    }
  }

  /** Groups in sorted order; in each every code in reporting order, over all kinds and methods. */
  public List<Row> rows() {
    return rows(List.of(Slice.SUM));
  }

  /**
   * As {@link #rows()}, each code's row followed by one row per statement kind × method (zeros too;
   * {@link #NO_METHOD} only where statements without a method were counted).
   */
  public List<Row> detailedRows() {
    Set<Slice> slices = new LinkedHashSet<>(SLICES);
    groups.values().forEach(codes -> slices.addAll(codes.get(TOTAL).keySet()));
    return rows(List.copyOf(slices));
  }

  private List<Row> rows(List<Slice> slices) {
    Map<String, String> codes = codes();
    List<Row> rows = new ArrayList<>();
    groups.forEach((group, cells) -> {
      double total = cells.get(TOTAL).get(Slice.SUM).statements;
      codes.forEach((code, name) -> {
        Map<Slice, Cell> counts = cells.getOrDefault(code, Map.of());
        for (Slice slice : slices) {
          Cell cell = counts.getOrDefault(slice, Cell.EMPTY);
          rows.add(new Row(group, CodeType.of(code), code, name, slice.kind(), slice.method(), cell.statements,
              cell.documents.size(), cell.statements / total));
        }
      });
    });
    return rows;
  }

  /**
   * Code → name in reporting order: every codebook principle, principles unknown to it (by id),
   * other, every known or counted theme, total.
   */
  public Map<String, String> codes() {
    Set<String> present = new HashSet<>();
    groups.values().forEach(cells -> present.addAll(cells.keySet()));
    Map<String, String> codes = new LinkedHashMap<>();
    codebook.principles().forEach(principle -> codes.put(principle.id(), principle.nameSv()));
    present.stream().filter(c -> !codes.containsKey(c) && CodeType.of(c) == CodeType.PRINCIPLE).sorted()
        .forEach(c -> codes.put(c, c));
    codes.put(StatementGroups.OTHER, OTHER_NAME);
    Set<String> themes = new TreeSet<>();
    themeLabels.keySet().forEach(id -> themes.add(THEME_PREFIX + id));
    present.stream().filter(c -> CodeType.of(c) == CodeType.THEME).forEach(themes::add);
    themes.forEach(c -> codes.put(c, themeLabels.getOrDefault(c.substring(THEME_PREFIX.length()), c)));
    codes.put(TOTAL, "Totalt");
    return codes;
  }

  /** The sum first, then every kind × method in declaration order. */
  private static List<Slice> slices() {
    List<Slice> slices = new ArrayList<>(List.of(Slice.SUM));
    for (StatementKind kind : StatementKind.values()) {
      for (Method method : Method.values()) {
        slices.add(new Slice(kind.label(), method.label()));
      }
    }
    return List.copyOf(slices);
  }

  private static final class Cell {
    static final Cell EMPTY = new Cell();

    long statements;
    final Set<String> documents = new HashSet<>();

    void add(String documentId) {
      statements++;
      documents.add(documentId);
    }
  }
}
