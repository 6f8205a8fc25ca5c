package se.samsyn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.samsyn.core.CodedDocument;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.Indexer.IndexUpdate;
import se.samsyn.index.LuceneIndexer;

/**
 * Indexing throughput: one {@link LuceneIndexer#update} of generated statements into an empty
 * folder, analysing on every core. Statements per second = statements / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class IndexBenchmark {
  @Param({"10000", "100000"})
  public int statements;

  @Param({Analyses.SAMSYN, Analyses.LUCENE_SWEDISH})
  public String analysis;

  private IndexAnalysis indexAnalysis;
  private List<CodedDocument> documents;
  private Path folder;

  @Setup(Level.Trial)
  public void generate() {
    indexAnalysis = Analyses.named(analysis, SwedishLexicons.load());
    documents = GeneratedStatements.documents(statements, GeneratedStatements.SEED);
  }

  @Setup(Level.Iteration)
  public void emptyFolder() throws IOException {
    folder = Files.createTempDirectory("samsyn-bench-index");
  }

  @Benchmark
  public IndexUpdate index() throws IOException {
    return new LuceneIndexer(folder, indexAnalysis, Runtime.getRuntime().availableProcessors()).update(documents);
  }

  @TearDown(Level.Iteration)
  public void dropFolder() throws IOException {
    Folders.delete(folder);
  }

  @TearDown(Level.Trial)
  public void close() {
    indexAnalysis.close();
  }
}
