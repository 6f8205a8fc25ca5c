package se.samsyn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import se.samsyn.core.CodedRun;
import se.samsyn.core.CsvTable;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.DocumentResult;
import se.samsyn.run.RunFolder;

/** {@code errors.csv}: the inputs that were not read completely, with the reason; no file when all were. */
public record ErrorsCsv(Dialect dialect) implements Exporter {
  public static final List<String> COLUMNS = List.of("source", "status", "reason");

  @Override
  public void write(CodedRun run, Path folder, Consumer<String> checkpoint) throws IOException {
    List<DocumentResult> failures = run.results().stream().filter(r -> !r.status().isComplete()).toList();
    if (!failures.isEmpty()) {
      CsvTable.write(folder.resolve(RunFolder.ERRORS), dialect, COLUMNS, table -> {
        for (DocumentResult failure : failures) {
          table.row(failure.source().source(), failure.status(), failure.error());
        }
      });
    }
    checkpoint.accept("staged " + RunFolder.ERRORS);
  }
}
