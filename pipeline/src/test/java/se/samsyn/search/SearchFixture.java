package se.samsyn.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.core.CodedDocument;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.IndexFixtures;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.models.Codebook;

/** A small index written into a test's folder and a searcher over it; closing it closes both. */
record SearchFixture(IndexAnalysis analysis, StatementSearcher searcher) implements AutoCloseable {
  /** Indexes the documents; {@code expand} searches with the standard codebook's principle expansion. */
  static SearchFixture of(Path folder, boolean expand, CodedDocument... documents) throws IOException {
    IndexAnalysis analysis = IndexFixtures.analysis();
    new LuceneIndexer(folder, analysis, 2).update(List.of(documents));
    PrincipleExpansion expansion = expand ? new PrincipleExpansion(Codebook.standard(), analysis.queryText(),
        TestLexicons.get().lookup()::isWord) : null;
    return new SearchFixture(analysis, StatementSearcher.open(folder, analysis, expansion));
  }

  @Override
  public void close() throws IOException {
    try (analysis) {
      searcher.close();
    }
  }
}
