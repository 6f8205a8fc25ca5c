package se.samsyn.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.samsyn.index.IndexAnalysis;

/** A {@link SearchEngine} over one index it opened and closes: what {@code samsyn search} needs. */
public final class StatementSearcher implements Closeable {
  private final StatementIndex index;
  private final SearchEngine engine;

  private StatementSearcher(StatementIndex index, SearchEngine engine) {
    this.index = index;
    this.engine = engine;
  }

  /**
   * Opens the index in a folder. A folder without an index throws {@link NoSuchFileException}; an
   * index built with a different analysis throws {@link IOException} saying so.
   *
   * @param expansion principle names, or null to never expand
   */
  public static StatementSearcher open(Path folder, IndexAnalysis analysis, PrincipleExpansion expansion)
      throws IOException {
    return new StatementSearcher(StatementIndex.open(folder, analysis.version()),
        new SearchEngine(analysis, expansion));
  }

  public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
    return engine.search(index, request);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
