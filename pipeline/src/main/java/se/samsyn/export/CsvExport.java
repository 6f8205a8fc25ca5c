package se.samsyn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import se.samsyn.core.CsvTable;
import se.samsyn.core.CsvTable.Dialect;

/** Writes one CSV file of an {@link Exporter}, telling its checkpoints. */
final class CsvExport {
  private CsvExport() {}

  static void write(Path folder, String file, Dialect dialect, List<String> columns, CsvTable.Rows rows,
      Consumer<String> checkpoint) throws IOException {
    CsvTable.write(folder.resolve(file), dialect, columns, table -> {
      rows.writeTo(table);
      checkpoint.accept("writing " + file);
    });
    checkpoint.accept("staged " + file);
  }
}
