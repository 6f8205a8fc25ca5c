package se.samsyn.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import se.samsyn.core.CodedDocument;

/** Makes a search index hold exactly the given documents' statements. */
public interface Indexer {
  /**
   * Adds new documents, replaces changed ones and removes those not given, in one commit; readers
   * see the old or the new content, never a mix.
   *
   * @return what changed
   */
  default IndexUpdate update(List<CodedDocument> documents) throws IOException {
    try (Update update = prepare(documents, Map.of())) {
      update.commit();
      return update.counts();
    }
  }

  /**
   * The first phase of {@link #update(List)}: the new content is written and made durable but not
   * yet visible; {@link Update#commit()} makes it visible with {@code commitData} (e.g. which run
   * committed), closing without commit leaves the previous content.
   */
  Update prepare(List<CodedDocument> documents, Map<String, String> commitData) throws IOException;

  /** A prepared update that waits for its commit. */
  interface Update extends AutoCloseable {
    IndexUpdate counts();

    void commit() throws IOException;

    @Override
    void close() throws IOException;
  }

  /** Counts of one update, in documents (statements for {@link #statements()}). */
  record IndexUpdate(int added, int replaced, int removed, int unchanged, int statements) {}
}
