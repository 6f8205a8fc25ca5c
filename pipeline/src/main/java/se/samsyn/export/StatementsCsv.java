package se.samsyn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import se.samsyn.core.CodedRun;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.run.RunFolder;
import se.samsyn.run.StatementTable;

/** {@code statements.csv}: one row per coded statement, in {@link StatementTable}'s layout. */
public record StatementsCsv(Dialect dialect) implements Exporter {
  @Override
  public void write(CodedRun run, Path folder, Consumer<String> checkpoint) throws IOException {
    CsvExport.write(folder, RunFolder.STATEMENTS, dialect, StatementTable.COLUMNS, table -> {
      for (CodedStatement statement : run.statements()) {
        table.row(StatementTable.row(statement).toArray());
      }
    }, checkpoint);
  }
}
