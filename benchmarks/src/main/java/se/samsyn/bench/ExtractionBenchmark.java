package se.samsyn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
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
import org.xml.sax.SAXException;
import se.samsyn.core.Block;
import se.samsyn.core.SourceFile;
import se.samsyn.extract.Extractor;
import se.samsyn.extract.IsolatedExtractor;
import se.samsyn.extract.TikaExtractor;

/**
 * Extraction alone, of the generated files {@link IngestBenchmark} reads, three ways, each in a fresh JVM
 * and timed once (as a {@code samsyn run} starts; the files are written by another JVM), on one thread
 * per core: Samsyn's worker processes ({@link IsolatedExtractor}, one per thread), Tika's own
 * {@code ForkParser} with as many forked JVMs and the workers' compiler and collector, and
 * {@link TikaExtractor} in the benchmark's JVM without isolation, the least any way of forking can cost.
 * Each returns the characters extracted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class ExtractionBenchmark {
  private static final int MAX_CHARACTERS = 20_000_000;
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  @Param({"1000"})
  public int documents;

  private Path input;
  private List<Path> files;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    input = Files.createTempDirectory("samsyn-bench-in");
    GeneratedWorkshops.writeFromAnotherJvm(input, documents, GeneratedWorkshops.SEED);
    try (Stream<Path> walk = Files.walk(input)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Benchmark
  public long workerProcesses() throws Exception {
    try (IsolatedExtractor workers = new IsolatedExtractor(
        new IsolatedExtractor.Settings(THREADS, Duration.ofSeconds(60), "1g", MAX_CHARACTERS))) {
      return onThreads(file -> characters(workers, file));
    }
  }

  @Benchmark
  public long inThisJvm() throws Exception {
    TikaExtractor tika = new TikaExtractor(MAX_CHARACTERS);
    return onThreads(file -> characters(tika, file));
  }

  @Benchmark
  public long tikaForkParser() throws Exception {
    Path jars = Files.createTempDirectory("samsyn-bench-tika-bin");
    Files.createSymbolicLink(jars.resolve("benchmarks.jar"), ownJar());
    ForkParser fork = new ForkParser(jars,
        new ParserFactoryFactory("org.apache.tika.parser.AutoDetectParserFactory", new HashMap<>()));
    try {
      fork.setPoolSize(THREADS);
      fork.setJavaCommand(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
      return onThreads(file -> {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
          fork.parse(in, text, new Metadata(), new ParseContext());
        } catch (TikaException | SAXException e) {
          throw new IllegalStateException("Tika could not parse " + file, e);
        }
        return text.toString().length();
      });
    } finally {
      fork.close();
      Folders.delete(jars);
    }
  }

  @TearDown(Level.Trial)
  public void dropInput() throws IOException {
    Folders.delete(input);
  }

  private static long characters(Extractor extractor, Path file) throws IOException {
    return extractor.extract(SourceFile.read(file, file.getFileName().toString())).blocks().stream()
        .map(Block::text).mapToLong(String::length).sum();
  }

  private interface FileWork {
    long characters(Path file) throws IOException;
  }

  /** Every file through {@code work}, on {@link #THREADS} threads taking the next file in turn. */
  private long onThreads(FileWork work) throws InterruptedException, ExecutionException {
    ConcurrentLinkedQueue<Path> next = new ConcurrentLinkedQueue<>(files);
    AtomicLong characters = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        threads.add(pool.submit(() -> {
          for (Path file = next.poll(); file != null; file = next.poll()) {
            characters.addAndGet(work.characters(file));
          }
          return null;
        }));
      }
      for (Future<?> thread : threads) {
        thread.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return characters.get();
  }

  private static Path ownJar() throws URISyntaxException {
    return Path.of(ExtractionBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
