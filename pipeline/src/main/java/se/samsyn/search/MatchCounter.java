package se.samsyn.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts the statements a query matches and their facet values in one pass over the matches, from
 * values read into memory ({@link PackedFacetValues}) or, for a commit counted once, from doc values.
 * Lucene's {@code FacetsCollector} would first gather the matches into a bit set per segment and
 * count them in a second pass.
 */
final class MatchCounter implements CollectorManager<MatchCounter.Counting, MatchCounter.Counted> {
  /** The matches and, per facet dimension, value → matches with it (at most a limit of values, most first). */
  record Counted(long total, Map<String, Map<String, Integer>> facets) {}

  /** Adds the facet values of one statement of a segment to the counts. */
  interface LeafValues {
    void count(int doc, int[] counts) throws IOException;
  }

  private final FacetSlots slots;
  private final PackedFacetValues inMemory;
  private final int[] slotsOfOrdinals;
  private final int limit;

  /**
   * @param inMemory the commit's values in memory, or null to read each match's values from doc values
   * @param limit    most values reported per dimension
   */
  MatchCounter(FacetSlots slots, PackedFacetValues inMemory, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("at least one value per dimension: " + limit);
    }
    this.slots = slots;
    this.inMemory = inMemory;
    this.slotsOfOrdinals = inMemory == null ? slots.slotsOfOrdinals() : null;
    this.limit = limit;
  }

  @Override
  public Counting newCollector() {
    return new Counting();
  }

  @Override
  public Counted reduce(Collection<Counting> collectors) throws IOException {
    int[] counts = new int[slots.size()];
    long total = 0;
    for (Counting collector : collectors) {
      total += collector.total;
      for (int i = 0; i < counts.length; i++) {
        counts[i] += collector.counts[i];
      }
    }
    IntFunction<String> labels = inMemory == null ? slots.labelsOnDemand() : inMemory::label;
    return new Counted(total, slots.top(counts, limit, labels));
  }

  private LeafValues fromDocValues(LeafReaderContext leaf) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), slots.state().getField());
    LongValues indexWide = slots.indexWideOrdinals(leaf);
    return (doc, counts) -> {
      if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          int slot = slotsOfOrdinals[(int) indexWide.get(values.nextOrd())];
          if (slot >= 0) {
            counts[slot]++;
          }
        }
      }
    };
  }

  /** The counts of the segments one thread searched. */
  final class Counting implements Collector {
    private final int[] counts = new int[slots.size()];
    private long total;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafValues values = inMemory == null ? fromDocValues(context) : inMemory.leaf(context);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          values.count(doc, counts);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
