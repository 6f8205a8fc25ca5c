package se.samsyn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.samsyn.core.CodedRun;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.Theme;
import se.samsyn.run.EmergingThemeTable;
import se.samsyn.run.RunFolder;

/** {@code emerging_themes.csv}: each emerging theme with its label, size and up to three example texts. */
public record EmergingThemesCsv(Dialect dialect) implements Exporter {
  private static final int EXAMPLES = 3;

  @Override
  public void write(CodedRun run, Path folder, Consumer<String> checkpoint) throws IOException {
    Map<String, String> texts = run.statements().stream()
        .collect(Collectors.toMap(CodedStatement::statementId, CodedStatement::text, (a, b) -> a));
    CsvExport.write(folder, RunFolder.EMERGING_THEMES, dialect, EmergingThemeTable.COLUMNS, table -> {
      for (Theme theme : run.themes()) {
        table.row(theme.id(), theme.label(), theme.members().size(), theme.members().stream()
            .map(texts::get).distinct().limit(EXAMPLES).collect(Collectors.joining(" | ")));
      }
    }, checkpoint);
  }
}
