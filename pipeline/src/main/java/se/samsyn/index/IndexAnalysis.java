package se.samsyn.index;

import java.io.Closeable;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.models.SwedishModels;

/**
 * How the two text fields are analysed when indexing and when searching. An index remembers the
 * {@link #version()} it was built with; a different version rebuilds it.
 *
 * @param version   names the analysis, e.g. {@code samsyn-sv-1/sv-ud-1}
 * @param text      indexing analyzer of {@link StatementSchema#TEXT}
 * @param queryText query analyzer of {@link StatementSchema#TEXT}
 * @param exact     analyzer of {@link StatementSchema#EXACT}, for indexing and queries
 */
public record IndexAnalysis(String version, Analyzer text, Analyzer queryText, Analyzer exact)
    implements Closeable {
  /** Bump when the analysis chain changes what it emits or the index schema changes. */
  private static final int REVISION = 7;

  public IndexAnalysis {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(queryText, "queryText");
    Objects.requireNonNull(exact, "exact");
  }

  /** Samsyn's Swedish analysis: OpenNLP tokens, lexicon lemmas, compound parts. */
  public static IndexAnalysis swedish(SwedishLexicons lexicons) {
    return new IndexAnalysis(swedishVersion(),
        new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, lexicons),
        new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS, lexicons),
        new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.WORDS, lexicons));
  }

  /**
   * The {@link #version()} of {@link #swedish}, known without loading lexicons or models, so an
   * index can be checked before the chain is ready.
   */
  public static String swedishVersion() {
    return "samsyn-sv-" + REVISION + "/" + SwedishModels.version();
  }

  /** Per-field analyzer for indexing. */
  public Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(text, Map.of(StatementSchema.EXACT, exact));
  }

  /** Per-field analyzer for queries: no compound splitting, so a compound finds only itself. */
  public Analyzer queryAnalyzer() {
    return new PerFieldAnalyzerWrapper(queryText, Map.of(StatementSchema.EXACT, exact));
  }

  @Override
  public void close() {
    text.close();
    queryText.close();
    exact.close();
  }
}
