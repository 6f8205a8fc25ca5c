package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samsyn.export.CsvTable.Dialect;
import se.samsyn.export.EmergingThemeTable;
import se.samsyn.export.ThemeFrequencies;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencyTable;
import se.samsyn.export.ThemeFrequencyTable.Shape;
import se.samsyn.index.IndexedStatements;
import se.samsyn.models.Codebook;
import se.samsyn.search.SearchFilters;
import se.samsyn.search.SearchQuery;

/** {@code samsyn themes}: how often each principle and emerging theme occurs, per group of statements. */
@Command(name = "themes", mixinStandardHelpOptions = true,
    description = {"Counts the statements of each principle, of 'other' and of each emerging theme",
        "per document, section, date, organisation or speaker (or over all), as CSV.",
        "Long format (group,principle,principle_name,statements,documents,share) unless --wide."})
final class ThemesCommand implements Callable<Integer> {
  private static final String BY_VALUES = Arrays.stream(By.values()).map(b -> b.name().toLowerCase(Locale.ROOT))
      .collect(Collectors.joining(", "));

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private IndexOption index;

  @Option(names = "--by", paramLabel = "GROUP",
      description = "document, section, date, organisation, speaker or all (default: ${DEFAULT-VALUE}).")
  private String by = "all";

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of to standard output.")
  private Path out;

  @Option(names = "--wide", description = "One row per group and one column per principle, other and theme.")
  private boolean wide;

  @Option(names = "--excel", description = "For Swedish Excel: UTF-8 with byte-order mark, ';' and decimal comma.")
  private boolean excel;

  @CommandLine.Mixin
  private FilterOptions filterOptions;

  @CommandLine.Mixin
  private CodebookOption codebook;

  @Option(names = "--verbose", description = "Debug logging and stack traces.")
  private boolean verbose;

  @Override
  public Integer call() throws IOException {
    By groups = groups();
    Codebook principles = codebook.load();
    SearchFilters filters = filterOptions.filters(principles);
    Path folder = index.folder();
    Map<String, String> labels = EmergingThemeTable.beside(folder).labels();
    ThemeFrequencies frequencies = new ThemeFrequencies(groups, principles, labels);
    int[] statements = {0};
    try (IndexedStatements indexed = IndexedStatements.open(folder)) {
      indexed.forEach(SearchQuery.filter(filters), statement -> {
        frequencies.add(statement);
        statements[0]++;
      });
    } catch (NoSuchFileException e) {
      throw index.missing();
    }
    write(frequencies);
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "samsyn: %d statements by %s%s%n", statements[0], by.toLowerCase(Locale.ROOT),
        out == null ? "" : " -> " + out);
    err.flush();
    return ExitCodes.OK;
  }

  private By groups() {
    try {
      return By.valueOf(by.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--by is one of " + BY_VALUES + ", not '" + by + "'");
    }
  }

  private void write(ThemeFrequencies frequencies) throws IOException {
    Shape shape = wide ? Shape.WIDE : Shape.LONG;
    Dialect dialect = excel ? Dialect.EXCEL_SV : Dialect.RFC4180;
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      ThemeFrequencyTable.write(stdout, frequencies, shape, dialect);
      stdout.flush();
      return;
    }
    try {
      ThemeFrequencyTable.write(out, frequencies, shape, dialect);
    } catch (IOException e) {
      throw new UsageException("cannot write --out " + out + " (" + e.getMessage() + ")");
    }
  }
}
