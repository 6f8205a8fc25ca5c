package se.samsyn.index;

import java.io.IOException;
import java.util.List;

/** Makes a search index hold exactly the given documents' statements. */
public interface Indexer {
  /**
   * Adds new documents, replaces changed ones and removes those not given; readers see the old
   * or the new content, never a mix.
   *
   * @return what changed
   */
  IndexUpdate update(List<IndexedDocument> documents) throws IOException;

  /** Counts of one update, in documents (statements for {@link #statements()}). */
  record IndexUpdate(int added, int replaced, int removed, int unchanged, int statements) {}
}
