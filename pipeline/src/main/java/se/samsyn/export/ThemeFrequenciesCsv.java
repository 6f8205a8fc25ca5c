package se.samsyn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.samsyn.core.CodedRun;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencyTable.Shape;
import se.samsyn.models.Codebook;
import se.samsyn.run.RunFolder;

/**
 * {@code themes.csv}, {@code themes_by_document.csv} and {@code themes_by_kind.csv}: the long
 * frequency tables of {@code samsyn themes}, counted from the same coded statements the index gets,
 * so that {@code samsyn themes} over the index gives the same numbers.
 */
public record ThemeFrequenciesCsv(Codebook codebook, Dialect dialect) implements Exporter {
  private static final List<Map.Entry<String, By>> TABLES = List.of(Map.entry(RunFolder.THEMES, By.ALL),
      Map.entry(RunFolder.THEMES_BY_DOCUMENT, By.DOCUMENT), Map.entry(RunFolder.THEMES_BY_KIND, By.KIND));

  @Override
  public void write(CodedRun run, Path folder, Consumer<String> checkpoint) throws IOException {
    for (Map.Entry<String, By> table : TABLES) {
      ThemeFrequencies frequencies = new ThemeFrequencies(table.getValue(), codebook, run.themeLabels());
      run.statements().forEach(frequencies::add);
      ThemeFrequencyTable.write(folder.resolve(table.getKey()), frequencies, Shape.LONG, dialect);
      checkpoint.accept("staged " + table.getKey());
    }
  }
}
