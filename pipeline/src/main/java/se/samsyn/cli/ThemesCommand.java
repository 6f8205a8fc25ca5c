package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samsyn.core.AtomicFiles;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.export.StatementCodingTable;
import se.samsyn.export.ThemeFrequencies;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencyTable;
import se.samsyn.export.ThemeFrequencyTable.Shape;
import se.samsyn.index.IndexedStatements;
import se.samsyn.models.Codebook;
import se.samsyn.run.RunFolder;
import se.samsyn.search.SearchFilters;
import se.samsyn.search.SearchQuery;

/** {@code samsyn themes}: how often each principle and emerging theme occurs, per group of statements. */
@Command(name = "themes", mixinStandardHelpOptions = true,
    description = {"Counts the statements of each principle, of 'other' and of each emerging theme",
        "per document, section, date, organisation, speaker or kind (or over all), as CSV.",
        "Long format (group,code_type,code,name,kind,method,statements,documents,share,codebook,",
        "codebook_version) unless --wide; --per-statement writes one row per statement instead."})
final class ThemesCommand implements Callable<Integer> {
  private static final String BY_VALUES = Arrays.stream(By.values()).map(b -> b.name().toLowerCase(Locale.ROOT))
      .collect(Collectors.joining(", "));

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private IndexOption index;

  @Option(names = "--by", paramLabel = "GROUP",
      description = "document, section, date, organisation, speaker, kind or all (default: ${DEFAULT-VALUE}).")
  private String by = "all";

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of to standard output.")
  private Path out;

  @Option(names = "--wide", description = "One row per group and one column per principle, other and theme.")
  private boolean wide;

  @Option(names = "--per-statement", description = {"One row per statement: its group, kind, principles, method,",
      "theme and text, with the codebook (instead of counts)."})
  private boolean perStatement;

  @Option(names = "--excel", description = "For Swedish Excel: UTF-8 with byte-order mark, ';' and decimal comma.")
  private boolean excel;

  @CommandLine.Mixin
  private FilterOptions filterOptions;

  @CommandLine.Mixin
  private CodebookOption codebook;

  @Override
  public Integer call() throws IOException {
    if (wide && perStatement) {
      throw new UsageException("--wide and --per-statement are two different tables; choose one");
    }
    By groups = groups();
    Codebook principles = codebook.load();
    SearchFilters filters = filterOptions.filters(principles);
    RunFolder run = index.run();
    List<CodedStatement> statements = selected(run, filters);
    Map<String, String> labels = run.emergingThemes().labels();
    Dialect dialect = excel ? Dialect.EXCEL_SV : Dialect.RFC4180;
    if (perStatement) {
      write(writer -> StatementCodingTable.write(writer, dialect, groups, principles, labels, statements::forEach));
    } else {
      ThemeFrequencies frequencies = new ThemeFrequencies(groups, principles, labels);
      statements.forEach(frequencies::add);
      write(writer -> ThemeFrequencyTable.write(writer, frequencies, wide ? Shape.WIDE : Shape.LONG, dialect));
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "samsyn: %d statements by %s%s%n", statements.size(), by.toLowerCase(Locale.ROOT),
        out == null ? "" : " -> " + out);
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * The run's coded statements (from its statements.csv) that the filters keep, in reading order.
   * Which statements a filter keeps is a search question, so with filters the index answers it.
   */
  private List<CodedStatement> selected(RunFolder run, SearchFilters filters) throws IOException {
    List<CodedStatement> statements;
    try {
      statements = run.readStatements();
    } catch (IOException e) {
      throw index.unreadable(run, e);
    }
    if (filters.equals(SearchFilters.NONE)) {
      return statements;
    }
    Set<String> kept = new HashSet<>();
    try (IndexedStatements indexed = IndexedStatements.open(index.folder())) {
      indexed.forEach(SearchQuery.filter(filters), s -> kept.add(s.statementId()));
    } catch (NoSuchFileException e) {
      throw index.missing();
    }
    return statements.stream().filter(s -> kept.contains(s.statementId())).toList();
  }

  private By groups() {
    try {
      return By.valueOf(by.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--by is one of " + BY_VALUES + ", not '" + by + "'");
    }
  }

  /** Writes the table to standard output or, via a temporary file, to {@code --out}. */
  private void write(AtomicFiles.Content table) throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      table.writeTo(stdout);
      stdout.flush();
      return;
    }
    try {
      AtomicFiles.write(out, table);
    } catch (IOException e) {
      throw new UsageException("cannot write --out " + out + " (" + e.getMessage() + ")");
    }
  }
}
