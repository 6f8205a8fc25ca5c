package se.samsyn.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects every match of a query with excluded clauses ({@code dialog -kommunen}) by first marking,
 * per segment, the statements the excluded clauses match in a bit set, and then letting the other
 * clauses' bulk scorer pass over them as it passes over deleted statements. Lucene 10.5 instead
 * scores the stretch between each two excluded statements on its own ({@code ReqExclBulkScorer}),
 * which costs more per match the more statements are excluded (apache/lucene#16668); counting
 * {@code dialog -kommunen} over a million statements, where one in eight is excluded, took three
 * times as long as counting {@code dialog}.
 */
final class DenseExclusions {
  private DenseExclusions() {}

  /**
   * What {@code searcher.search(query, manager)} returns, on one thread. Queries without top-level
   * excluded clauses, and collectors that need scores, go to the searcher unchanged.
   */
  static <C extends Collector, T> T search(IndexSearcher searcher, Query query, CollectorManager<C, T> manager)
      throws IOException {
    if (!(query instanceof BooleanQuery bool) || bool.getClauses(Occur.MUST_NOT).isEmpty()) {
      return searcher.search(query, manager);
    }
    C collector = manager.newCollector();
    if (collector.scoreMode().needsScores()) {
      return searcher.search(query, manager);
    }
    Weight matching = weight(searcher, withoutExclusions(bool), collector.scoreMode());
    Weight excluded = weight(searcher, anyOf(bool.getClauses(Occur.MUST_NOT)), ScoreMode.COMPLETE_NO_SCORES);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      BulkScorer matches = matching.bulkScorer(leaf);
      if (matches == null) {
        continue;
      }
      LeafCollector leafCollector = collector.getLeafCollector(leaf);
      matches.score(leafCollector, accepted(excluded, leaf), 0, DocIdSetIterator.NO_MORE_DOCS);
      leafCollector.finish();
    }
    return manager.reduce(List.of(collector));
  }

  private static Weight weight(IndexSearcher searcher, Query query, ScoreMode scoreMode) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), scoreMode, 1f);
  }

  private static Query withoutExclusions(BooleanQuery query) {
    BooleanQuery.Builder rest = new BooleanQuery.Builder().setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
    for (BooleanClause clause : query.clauses()) {
      if (clause.occur() != Occur.MUST_NOT) {
        rest.add(clause);
      }
    }
    return rest.build();
  }

  private static Query anyOf(Collection<Query> queries) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /** The live statements of a segment that no excluded clause matches. */
  private static Bits accepted(Weight excluded, LeafReaderContext leaf) throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    FixedBitSet notExcluded = new FixedBitSet(maxDoc);
    notExcluded.set(0, maxDoc);
    BulkScorer exclusions = excluded.bulkScorer(leaf);
    if (exclusions != null) {
      exclusions.score(new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          notExcluded.clear(doc);
        }
      }, null, 0, DocIdSetIterator.NO_MORE_DOCS);
    }
    Bits live = leaf.reader().getLiveDocs();
    if (live == null) {
      return notExcluded;
    }
    return new Bits() {
      @Override
      public boolean get(int doc) {
        return notExcluded.get(doc) && live.get(doc);
      }

      @Override
      public int length() {
        return maxDoc;
      }
    };
  }
}
