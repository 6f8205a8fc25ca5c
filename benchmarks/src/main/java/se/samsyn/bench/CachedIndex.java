package se.samsyn.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import se.samsyn.core.CodedDocument;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.LuceneIndexer;

/**
 * An index of generated statements under {@code java.io.tmpdir}, built once per analysis, size and
 * seed with {@link LuceneIndexer} and reused by later runs. The build is timed and the timing kept
 * next to the index, so every run that reuses it reports the same indexing throughput.
 */
final class CachedIndex {
  private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "samsyn-bench-index");

  private CachedIndex() {}

  /** The folder of the index, built first when there is none. */
  static Path open(IndexAnalysis analysis, int statements, long seed) throws IOException {
    String key = analysis.version().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + statements + "-" + seed;
    Path folder = ROOT.resolve(key);
    Path timing = ROOT.resolve(key + ".properties");
    if (!Files.exists(timing)) {
      build(analysis, statements, seed, folder, timing);
    }
    Properties build = new Properties();
    try (Reader in = Files.newBufferedReader(timing)) {
      build.load(in);
    }
    double seconds = Double.parseDouble(build.getProperty("seconds"));
    System.out.printf("%n[index] %s: %,d statements indexed in %.1f s on %s threads = %,.0f statements/s%n",
        folder, statements, seconds, build.getProperty("threads"), statements / seconds);
    return folder;
  }

  private static void build(IndexAnalysis analysis, int statements, long seed, Path folder, Path timing)
      throws IOException {
    Folders.delete(folder);
    List<CodedDocument> documents = GeneratedStatements.documents(statements, seed);
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.printf("%n[index] building %s (%,d statements, %d threads)…%n", folder, statements, threads);
    long start = System.nanoTime();
    new LuceneIndexer(folder, analysis, threads).update(documents);
    double seconds = (System.nanoTime() - start) / 1e9;
    Properties build = new Properties();
    build.setProperty("statements", Integer.toString(statements));
    build.setProperty("seconds", String.format("%.3f", seconds));
    build.setProperty("threads", Integer.toString(threads));
    try (Writer out = Files.newBufferedWriter(timing)) {
      build.store(out, "time of one LuceneIndexer.update over the generated statements");
    }
  }
}
