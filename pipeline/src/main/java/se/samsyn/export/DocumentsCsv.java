package se.samsyn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import se.samsyn.core.CodedRun;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.run.RunFolder;

/** {@code documents.csv}: one row per input, those that failed too. */
public record DocumentsCsv(Dialect dialect) implements Exporter {
  public static final List<String> COLUMNS = List.of("document_id", "source", "sha256", "format", "title", "date",
      "organisation", "language", "statements", "status", "error");

  @Override
  public void write(CodedRun run, Path folder, Consumer<String> checkpoint) throws IOException {
    CsvExport.write(folder, RunFolder.DOCUMENTS, dialect, COLUMNS, table -> {
      for (DocumentResult result : run.results()) {
        Document d = result.document();
        table.row(d.id(), d.source().source(), d.source().sha256(), d.format(), d.title(),
            Objects.toString(d.date(), ""), d.organisation(), d.language(), d.statements().size(),
            result.status(), result.error());
      }
    }, checkpoint);
  }
}
