package se.samsyn.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import se.samsyn.core.CodedStatement;

/**
 * Every statement of an index, read in index order without the analysis chain: for counting and
 * exporting, where no query text has to be analysed.
 */
public final class IndexedStatements implements Closeable {
  private final Directory directory;
  private final DirectoryReader reader;

  private IndexedStatements(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
  }

  /**
   * Opens the index in a folder at the commit of the run in place ({@link CommittedRun}); a folder
   * without an index throws {@link NoSuchFileException}.
   */
  public static IndexedStatements open(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoSuchFileException(folder.toString(), null, "no search index there");
      }
      return new IndexedStatements(directory, CommittedRun.open(directory, folder));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** How many statements the index holds. */
  public int count() {
    return reader.numDocs();
  }

  /** Hands every statement that matches {@code filter} to {@code action}, in index order. */
  public void forEach(Query filter, Consumer<CodedStatement> action) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          action.accept(StatementSchema.fromStored(stored.document(doc)));
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
