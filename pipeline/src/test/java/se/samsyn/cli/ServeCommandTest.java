package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.LuceneIndexer;

/** Usage errors of {@code samsyn serve} (the server itself is tested in se.samsyn.web). */
class ServeCommandTest {
  @TempDir
  Path work;

  @Test
  void folderWithoutAnIndexIsAUsageError() {
    CliRun run = CliRun.of("serve", "--index", work.toString(), "--port", "0");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("no search index in"), run.err());
    assertTrue(run.err().contains("--help"), run.err());
  }

  @Test
  void portOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--index", work.toString(), "--port", "70000");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--port"), run.err());
  }

  /** An empty index committed as if built with the given analysis version. */
  private Path emptyIndex(String analysisVersion) throws IOException {
    Path index = Files.createDirectories(work.resolve("index"));
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of(LuceneIndexer.ANALYSIS_KEY, analysisVersion).entrySet());
      writer.commit();
    }
    return index;
  }

  @Test
  void anIndexOfAnEarlierAnalysisIsAUsageErrorSayingToRunAgain() throws IOException {
    Path index = emptyIndex("samsyn-sv-0/sv-ud-0");
    for (String[] args : new String[][] {{"serve", "--index", index.toString(), "--port", "0"},
        {"search", "dialog", "--index", index.toString()}}) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("was built with analysis samsyn-sv-0/sv-ud-0"), run.err());
      assertTrue(run.err().contains("run 'samsyn run' again"), run.err());
      assertFalse(run.err().contains("internal error"), run.err());
    }
  }

  @Test
  void portInUseIsAUsageErrorWithoutAStackTrace() throws IOException {
    Path index = emptyIndex(IndexAnalysis.swedishVersion());
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--index", index.toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), run.err());
      assertTrue(run.err().contains("--help"), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
      assertFalse(run.err().contains("\tat "), run.err());
    }
  }

  @Test
  void missingIndexOptionIsAUsageError() {
    CliRun run = CliRun.of("serve");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--index"), run.err());
  }
}
