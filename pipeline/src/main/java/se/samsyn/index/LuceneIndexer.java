package se.samsyn.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedStatement;
import se.samsyn.run.RunFolder;

/**
 * Keeps a Lucene index folder in step with the documents of a run: documents whose content is
 * already indexed are left alone, changed ones are replaced, vanished ones deleted, and everything
 * becomes visible in one commit, so a search never sees half a run and a crash leaves the previous
 * index. An index built with another analysis is rebuilt from scratch.
 */
public final class LuceneIndexer implements Indexer {
  /** Name of the index folder inside the output folder of a run. */
  public static final String FOLDER = RunFolder.INDEX;
  /** Commit user data key naming the analysis the index was built with. */
  public static final String ANALYSIS_KEY = "samsyn.analysis";
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndexer.class);

  /** The index folder of an {@code --index} option: the folder itself, or the index inside a run's output folder. */
  public static Path locate(Path indexOrRunFolder) {
    Path nested = indexOrRunFolder.resolve(FOLDER);
    return Files.isDirectory(nested) ? nested : indexOrRunFolder;
  }

  /** Statements analysed and added per task. */
  private static final int BATCH = 256;
  private static final FacetsConfig FACETS = StatementSchema.facetsConfig();

  private final Path folder;
  private final IndexAnalysis analysis;
  private final int threads;

  /**
   * @param folder   the index folder (created when missing)
   * @param analysis how to analyse the text fields
   * @param threads  statements are analysed on this many threads
   */
  public LuceneIndexer(Path folder, IndexAnalysis analysis, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread: " + threads);
    }
    this.folder = folder;
    this.analysis = analysis;
    this.threads = threads;
  }

  @Override
  public Update prepare(List<CodedDocument> documents, Map<String, String> commitData) throws IOException {
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriter writer = null;
    try {
      boolean rebuild = !analysis.version().equals(builtWith(directory));
      IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
          .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setIndexDeletionPolicy(CommittedRun.keepTwoNewest());
      writer = new IndexWriter(directory, config);
      IndexUpdate counts = synchronise(writer, documents);
      Map<String, String> data = new HashMap<>(commitData);
      data.put(ANALYSIS_KEY, analysis.version());
      writer.setLiveCommitData(data.entrySet());
      writer.prepareCommit();
      LOG.info("index {}: {} documents added, {} replaced, {} removed, {} unchanged{}", folder,
          counts.added(), counts.replaced(), counts.removed(), counts.unchanged(),
          rebuild ? " (rebuilt for analysis " + analysis.version() + ")" : "");
      return new PreparedUpdate(directory, writer, counts);
    } catch (IOException | RuntimeException e) {
      try (directory) {
        if (writer != null) {
          writer.rollback();
        }
      }
      throw e;
    }
  }

  /** A prepared commit held open by its writer; closing it without commit rolls the changes back. */
  private record PreparedUpdate(Directory directory, IndexWriter writer, IndexUpdate counts) implements Update {
    @Override
    public void commit() throws IOException {
      writer.commit();
    }

    @Override
    public void close() throws IOException {
      try (directory) {
        writer.rollback();
      }
    }
  }

  /**
   * Fingerprints the documents, then analyses and adds the new and changed ones, both on {@link #threads}
   * threads (IndexWriter is thread-safe).
   */
  private IndexUpdate synchronise(IndexWriter writer, List<CodedDocument> documents) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      return synchroniseOn(pool, writer, documents);
    } finally {
      pool.shutdownNow();
    }
  }

  private IndexUpdate synchroniseOn(ExecutorService pool, IndexWriter writer, List<CodedDocument> documents)
      throws IOException {
    Map<String, String> indexed = indexedKeys(writer);
    List<String> keys = runAll(pool, documents.stream()
        .map(document -> (Callable<String>) () -> StatementSchema.documentKey(document)).toList());
    Set<String> wanted = new HashSet<>();
    List<Callable<Void>> additions = new ArrayList<>();
    int added = 0;
    int replaced = 0;
    int statements = 0;
    for (int d = 0; d < documents.size(); d++) {
      CodedDocument document = documents.get(d);
      String key = keys.get(d);
      wanted.add(document.documentId());
      statements += document.statements().size();
      String before = indexed.get(document.documentId());
      if (key.equals(before)) {
        continue;
      }
      if (before == null) {
        added++;
      } else {
        writer.deleteDocuments(new Term(StatementSchema.DOCUMENT_ID, document.documentId()));
        replaced++;
      }
      for (int from = 0; from < document.statements().size(); from += BATCH) {
        List<CodedStatement> batch = document.statements().subList(from,
            Math.min(from + BATCH, document.statements().size()));
        additions.add(() -> {
          List<Document> docs = new ArrayList<>(batch.size());
          for (CodedStatement statement : batch) {
            docs.add(FACETS.build(StatementSchema.toDocument(statement, key)));
          }
          writer.addDocuments(docs);
          return null;
        });
      }
    }
    int removed = 0;
    for (String documentId : indexed.keySet()) {
      if (!wanted.contains(documentId)) {
        writer.deleteDocuments(new Term(StatementSchema.DOCUMENT_ID, documentId));
        removed++;
      }
    }
    runAll(pool, additions);
    return new IndexUpdate(added, replaced, removed, wanted.size() - added - replaced, statements);
  }

  /** Runs the tasks on the pool and gives their results in order; a task's failure is thrown as it is. */
  private static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) throws IOException {
    try {
      List<T> results = new ArrayList<>(tasks.size());
      for (Future<T> done : pool.invokeAll(tasks)) {
        results.add(done.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("indexing was interrupted");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException unchecked -> throw unchecked;
        case Error error -> throw error;
        case null, default -> throw new IllegalStateException("indexing failed unexpectedly", e.getCause());
      }
    }
  }

  /** Document id → document key of what the index holds now. */
  private static Map<String, String> indexedKeys(IndexWriter writer) throws IOException {
    Map<String, String> keys = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Terms terms = MultiTerms.getTerms(reader, StatementSchema.DOCUMENT_KEY);
      if (terms == null) {
        return keys;
      }
      Bits live = MultiBits.getLiveDocs(reader);
      TermsEnum each = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        postings = each.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            String key = term.utf8ToString();
            keys.put(key.substring(0, key.lastIndexOf('/')), key);
            break;
          }
        }
      }
    }
    return keys;
  }

  /** The user data of the last commit of the index in {@code folder} (empty when there is none). */
  public static Map<String, String> commitData(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Map.of();
    }
    try (Directory directory = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(directory)
          ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
    }
  }

  /** The analysis version of the last commit in a folder, or null when there is no index. */
  static String builtWith(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData().get(ANALYSIS_KEY);
    }
  }
}
