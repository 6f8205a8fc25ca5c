package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.models.Codebook;
import se.samsyn.search.PrincipleExpansion;
import se.samsyn.search.QuerySyntaxException;
import se.samsyn.search.ResultFormat;
import se.samsyn.search.SearchFilters;
import se.samsyn.search.SearchRequest;
import se.samsyn.search.SearchResult;
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

  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The index folder, or the --out folder of 'samsyn run' that holds it.")
  private Path index;

  @Option(names = "--principle", paramLabel = "ID", description = "Only statements assigned to this principle (id or name).")
  private String principle;

  @Option(names = "--document", paramLabel = "DOC", description = "Only this document (file name, source or document id).")
  private String document;

  @Option(names = "--organisation", paramLabel = "NAME", description = "Only documents of this organisation.")
  private String organisation;

  @Option(names = "--from", paramLabel = "DATE", description = "Only statements dated on or after DATE (yyyy-mm-dd).")
  private String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only statements dated on or before DATE (yyyy-mm-dd).")
  private String to;

  @Option(names = "--no-expand", description = "Do not widen principle names to the principle's other names.")
  private boolean noExpand;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  private String format = "text";

  @Option(names = "--limit", paramLabel = "N", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
  private int limit = 20;

  @Option(names = "--codebook", paramLabel = "FILE", description = "Principles codebook (default: the built-in one).")
  private Path codebook;

  @Option(names = "--verbose", description = "Debug logging and stack traces.")
  private boolean verbose;

  @Override
  public Integer call() throws IOException {
    ResultFormat output = format();
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1");
    }
    Path folder = LuceneIndexer.locate(index);
    Codebook principles = Codebooks.load(codebook);
    SwedishLexicons lexicons = SwedishLexicons.load();
    try (IndexAnalysis analysis = IndexAnalysis.swedish(lexicons)) {
      PrincipleExpansion expansion = new PrincipleExpansion(principles, analysis.queryText(),
          lexicons.lookup()::isWord);
      SearchFilters filters = filters(expansion);
      try (StatementSearcher searcher = StatementSearcher.open(folder, analysis, expansion)) {
        SearchResult result = searcher.search(new SearchRequest(String.join(" ", query), filters, limit, !noExpand));
        PrintWriter out = spec.commandLine().getOut();
        output.write(result, out);
        out.flush();
      } catch (NoSuchFileException e) {
        throw new UsageException("no search index in " + folder + " (run 'samsyn run INPUT --out DIR' first)");
      } catch (QuerySyntaxException e) {
        throw new UsageException("cannot read the query: " + e.getMessage());
      }
    }
    return ExitCodes.OK;
  }

  private ResultFormat format() {
    try {
      return ResultFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format is text, json or csv, not '" + format + "'");
    }
  }

  private SearchFilters filters(PrincipleExpansion expansion) {
    String principleId = null;
    if (principle != null) {
      principleId = expansion.principleId(principle).orElseThrow(
          () -> new UsageException("unknown principle '" + principle + "' (see the codebook for ids and names)"));
    }
    try {
      return new SearchFilters(principleId, document, organisation, date("--from", from), date("--to", to));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " takes a date such as 2018-05-29, not '" + value + "'");
    }
  }
}
