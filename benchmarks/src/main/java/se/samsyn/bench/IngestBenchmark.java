package se.samsyn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.samsyn.cli.Main;

/**
 * Batch ingest throughput: one whole {@code samsyn run} (extraction in worker processes,
 * segmentation, outputs) over a generated corpus, from a clean output folder each time, beside
 * the bare Tika + {@code StandardAnalyzer} indexing loop over the same files ({@link BareTikaIndexing}).
 * Documents per second = documents / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class IngestBenchmark {
  @Param({"1000"})
  public int documents;

  private Path input;
  private Path output;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    input = Files.createTempDirectory("samsyn-bench-in");
    GeneratedWorkshops.writeFromAnotherJvm(input, documents, GeneratedWorkshops.SEED);
  }

  @Setup(Level.Iteration)
  public void cleanOutput() throws IOException {
    output = Files.createTempDirectory("samsyn-bench-out");
  }

  @Benchmark
  public int runBatch() {
    int exit = Main.run("run", input.toString(), "--out", output.toString(), "--quiet");
    if (exit != 0) {
      throw new IllegalStateException("samsyn run exited with " + exit);
    }
    return exit;
  }

  /** The peer, on one thread per core: as many as {@code samsyn run} has extraction workers at most. */
  @Benchmark
  public int bareTikaAndStandardAnalyzer() throws IOException {
    return BareTikaIndexing.index(input, output.resolve("index"), Runtime.getRuntime().availableProcessors());
  }

  @TearDown(Level.Iteration)
  public void dropOutput() throws IOException {
    Folders.delete(output);
  }

  @TearDown(Level.Trial)
  public void dropInput() throws IOException {
    Folders.delete(input);
  }
}
