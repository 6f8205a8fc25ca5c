package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.models.Codebook;
import se.samsyn.search.PrincipleExpansion;
import se.samsyn.search.QuerySyntaxException;
import se.samsyn.search.ResultFormat;
import se.samsyn.search.SearchFilters;
import se.samsyn.search.SearchRequest;
import se.samsyn.search.SearchResult;
import se.samsyn.search.StaleIndexException;
import se.samsyn.search.StatementSearcher;

/** {@code samsyn search}: finds statements in the index that {@code samsyn run} wrote. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the statements indexed by 'samsyn run'.",
        "Words match every inflection and compound (kvalitet finds kvalitetsarbetet); all words must occur.",
        "\"exact phrase\" in quotation marks, OR between alternatives, -word to exclude, prefix* for word starts.",
        "A principle's name or alias (oberoende) also finds its other names, ranked after direct matches."})
final class SearchCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for (several words are joined).")
  private List<String> query;

  @CommandLine.Mixin
  private IndexOption index;

  @CommandLine.Mixin
  private FilterOptions filterOptions;

  @Option(names = "--no-expand", description = "Do not widen principle names to the principle's other names.")
  private boolean noExpand;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or csv (default: text; csv with --excel).")
  private String format;

  @Option(names = "--excel", description = "CSV for Swedish Excel: UTF-8 with byte-order mark, ';' and decimal comma.")
  private boolean excel;

  @Option(names = "--limit", paramLabel = "N", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
  private int limit = 20;

  @CommandLine.Mixin
  private CodebookOption codebook;

  @Override
  public Integer call() throws IOException {
    ResultFormat output = format();
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1");
    }
    Path folder = index.folder();
    SwedishLexicons lexicons = SwedishLexicons.load();
    Codebook principles = codebook.load();
    SearchFilters filters = filterOptions.filters(principles);
    try (IndexAnalysis analysis = IndexAnalysis.swedish(lexicons)) {
      PrincipleExpansion expansion = new PrincipleExpansion(principles, analysis.queryText(),
          lexicons.lookup()::isWord);
      try (StatementSearcher searcher = StatementSearcher.open(folder, analysis, expansion)) {
        SearchResult result = searcher.search(new SearchRequest(String.join(" ", query), filters, limit, !noExpand));
        PrintWriter out = spec.commandLine().getOut();
        if (excel) {
          ResultFormat.csv(result, out, Dialect.EXCEL_SV);
        } else {
          output.write(result, out);
        }
        out.flush();
      } catch (NoSuchFileException e) {
        throw index.missing();
      } catch (StaleIndexException e) {
        throw new UsageException(e.getMessage());
      } catch (QuerySyntaxException e) {
        throw new UsageException("cannot read the query: " + e.getMessage());
      }
    }
    return ExitCodes.OK;
  }

  private ResultFormat format() {
    String name = format != null ? format : excel ? "csv" : "text";
    ResultFormat chosen;
    try {
      chosen = ResultFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format is text, json or csv, not '" + format + "'");
    }
    if (excel && chosen != ResultFormat.CSV) {
      throw new UsageException("--excel writes CSV; it cannot go with --format " + format);
    }
    return chosen;
  }
}
