package se.samsyn.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.models.Codebook;
import se.samsyn.search.PrincipleExpansion;
import se.samsyn.search.QuerySyntaxException;
import se.samsyn.search.SearchRequest;
import se.samsyn.search.SearchResult;
import se.samsyn.search.StatementSearcher;

/**
 * Query latency: {@link StatementSearcher#search} over an index of generated statements (built
 * once and cached, see {@link CachedIndex}), one search of the {@link QueryMix} per call, in turn.
 * Sample time gives the latency percentiles of the mix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class SearchBenchmark {
  @Param({"1000000"})
  public int statements;

  @Param({Analyses.SAMSYN, Analyses.LUCENE_SWEDISH})
  public String analysis;

  private IndexAnalysis indexAnalysis;
  private StatementSearcher searcher;
  private List<SearchRequest> mix;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    SwedishLexicons lexicons = SwedishLexicons.load();
    indexAnalysis = Analyses.named(analysis, lexicons);
    PrincipleExpansion expansion = new PrincipleExpansion(Codebook.standard(), indexAnalysis.queryText(),
        lexicons.lookup()::isWord);
    searcher = StatementSearcher.open(CachedIndex.open(indexAnalysis, statements, GeneratedStatements.SEED),
        indexAnalysis, expansion);
    mix = QueryMix.requests(GeneratedStatements.SEED);
  }

  @Benchmark
  public SearchResult search() throws QuerySyntaxException, IOException {
    SearchRequest request = mix.get(next);
    next = (next + 1) % mix.size();
    return searcher.search(request);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    searcher.close();
    indexAnalysis.close();
  }
}
