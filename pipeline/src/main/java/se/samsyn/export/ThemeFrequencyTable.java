package se.samsyn.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samsyn.core.AtomicFiles;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.CsvTable;
import se.samsyn.models.Codebook;

/**
 * {@link ThemeFrequencies} as CSV: long (one row per group, code and statement kind × method, the
 * sum over kinds and methods first, with the codebook on every row; ready for R and pandas) or wide
 * (one row per group, one column of statement counts per code).
 */
public final class ThemeFrequencyTable {
  /** Columns of the long shape. */
  public static final List<String> LONG_COLUMNS = List.of("group", "code_type", "code", "name", "kind", "method",
      "statements", "documents", "share", "codebook", "codebook_version");
  /** Decimals of {@code share}. */
  public static final int SHARE_PLACES = 4;

  /** How the table is laid out. */
  public enum Shape { LONG, WIDE }

  private ThemeFrequencyTable() {}

  /** Writes the table to a file, atomically. */
  public static void write(Path file, ThemeFrequencies frequencies, Shape shape, Dialect dialect) throws IOException {
    AtomicFiles.write(file, writer -> write(writer, frequencies, shape, dialect));
  }

  /** Writes the table to {@code writer}, which stays open. */
  public static void write(Writer writer, ThemeFrequencies frequencies, Shape shape, Dialect dialect)
      throws IOException {
    if (shape == Shape.LONG) {
      Codebook codebook = frequencies.codebook();
      CsvTable.write(writer, dialect, LONG_COLUMNS, table -> {
        for (ThemeFrequencies.Row row : frequencies.detailedRows()) {
          table.row(row.group(), row.type().label(), row.code(), row.name(), row.kind(), row.method(),
              row.statements(), row.documents(), CsvTable.decimal(row.share(), SHARE_PLACES), codebook.id(),
              codebook.version());
        }
      });
      return;
    }
    List<String> codes = List.copyOf(frequencies.codes().keySet());
    List<String> header = new ArrayList<>(List.of("group"));
    header.addAll(codes);
    CsvTable.write(writer, dialect, header, table -> {
      for (Map.Entry<String, Map<String, Long>> group : byGroup(frequencies.rows()).entrySet()) {
        List<Object> cells = new ArrayList<>(List.of(group.getKey()));
        codes.forEach(code -> cells.add(group.getValue().get(code)));
        table.row(cells.toArray());
      }
    });
  }

  /** Group → code → statements, groups and codes in row order. */
  private static Map<String, Map<String, Long>> byGroup(List<ThemeFrequencies.Row> rows) {
    Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
    rows.forEach(row -> groups.computeIfAbsent(row.group(), g -> new LinkedHashMap<>())
        .put(row.code(), row.statements()));
    return groups;
  }
}
