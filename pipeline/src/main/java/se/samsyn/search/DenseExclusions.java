package se.samsyn.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Searches a query with excluded clauses ({@code dialog -kommunen}) by first marking, per segment, the
 * statements the excluded clauses match in a bit set, and then letting the other clauses' bulk scorer pass
 * over them as over deleted statements. Lucene 10.5 instead scores the stretch between each two excluded
 * statements on its own ({@code ReqExclBulkScorer}), which costs more per match the more statements are
 * excluded (apache/lucene#16668): in the benchmark's mix of searches over a million statements, counting
 * {@code dialog -kommunen} took 10–11 ms that way, 3.8–4.7 ms this way and 3.3 ms for {@code dialog} alone
 * (pipeline/SEARCH.md, "The index"). Ranking takes the same path, so that the other clauses rank with
 * their own bulk scorer (see {@link ContentPriorQuery}).
 */
final class DenseExclusions {
  private DenseExclusions() {}

  /**
   * What {@code searcher.search(query, manager)} returns, on one thread. Only top-level excluded
   * clauses take the bit set; other searches go to the searcher unchanged.
   */
  static <C extends Collector, T> T search(IndexSearcher searcher, Query query, CollectorManager<C, T> manager)
      throws IOException {
    if (!(query instanceof BooleanQuery bool) || bool.getClauses(Occur.MUST_NOT).isEmpty()) {
      return searcher.search(query, manager);
    }
    C collector = manager.newCollector();
    Weight matching = weight(searcher, withoutExclusions(bool), collector.scoreMode());
    Weight excluded = weight(searcher, SearchQuery.anyOf(List.copyOf(bool.getClauses(Occur.MUST_NOT))),
        ScoreMode.COMPLETE_NO_SCORES);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier matches = matching.scorerSupplier(leaf);
      if (matches == null) {
        continue;
      }
      LeafCollector leafCollector;
      try {
        leafCollector = collector.getLeafCollector(leaf);
      } catch (CollectionTerminatedException e) {
        continue; // the collector needs nothing of this segment
      }
      ScorerSupplier exclusions = excluded.scorerSupplier(leaf);
      Bits live = leaf.reader().getLiveDocs();
      Bits accepted = exclusions == null ? live : accepted(exclusions, leaf.reader().maxDoc(), live);
      matches.setTopLevelScoringClause();
      try {
        matches.bulkScorer().score(leafCollector, accepted, 0, DocIdSetIterator.NO_MORE_DOCS);
      } catch (CollectionTerminatedException e) {
        // the collector has all it needs of this segment
      }
      leafCollector.finish();
    }
    return manager.reduce(List.of(collector));
  }

  /** The query with its excluded clauses left out. */
  static Query withoutExclusions(BooleanQuery query) {
    BooleanQuery.Builder rest = new BooleanQuery.Builder()
        .setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
    for (BooleanClause clause : query.clauses()) {
      if (clause.occur() != Occur.MUST_NOT) {
        rest.add(clause);
      }
    }
    return rest.build();
  }

  private static Weight weight(IndexSearcher searcher, Query query, ScoreMode scoreMode) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), scoreMode, 1f);
  }

  /** The live statements of a segment that no excluded clause matches. */
  private static Bits accepted(ScorerSupplier exclusions, int maxDoc, Bits live) throws IOException {
    FixedBitSet notExcluded = new FixedBitSet(maxDoc);
    notExcluded.set(0, maxDoc);
    exclusions.bulkScorer().score(new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) {
        notExcluded.clear(doc);
      }
    }, null, 0, DocIdSetIterator.NO_MORE_DOCS);
    if (live != null) {
      live.applyMask(notExcluded, 0);
    }
    return notExcluded.asReadOnlyBits();
  }
}
