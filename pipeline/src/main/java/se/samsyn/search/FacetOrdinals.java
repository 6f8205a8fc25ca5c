package se.samsyn.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of every statement of one index commit, read once into memory as ordinals over
 * the whole index (Lucene's sorted-set facet field, as {@code SortedSetDocValuesFacetCounts} counts
 * it): counting the facets of a search's matches is then a walk over int arrays instead of decoding
 * doc values for every match, which was about half of a search's time at a million statements.
 * About 4 bytes per value and per statement. The counts, their order (most first, ties in the
 * order of the indexed paths) and the values per dimension are those of
 * {@code SortedSetDocValuesFacetCounts} for flat dimensions without a dimension count, the only kind
 * Samsyn indexes. Thread-safe.
 */
final class FacetOrdinals {
  private final SortedSetDocValuesReaderState state;
  private final List<String> dimensions;
  /** Per leaf (by its ord), where each document's ordinals start in {@link #ordinals}, and where they end. */
  private final int[][] starts;
  private final int[][] ordinals;
  /** The value (last path component) of every ordinal. */
  private final String[] labels;

  private FacetOrdinals(SortedSetDocValuesReaderState state, List<String> dimensions, int[][] starts,
      int[][] ordinals, String[] labels) {
    this.state = state;
    this.dimensions = dimensions;
    this.starts = starts;
    this.ordinals = ordinals;
    this.labels = labels;
  }

  /** Reads the facet ordinals of every document the state's reader has. */
  static FacetOrdinals read(SortedSetDocValuesReaderState state, List<String> dimensions) throws IOException {
    FacetsConfig facetsConfig = Objects.requireNonNullElseGet(state.getFacetsConfig(), FacetsConfig::new);
    for (String dimension : dimensions) {
      FacetsConfig.DimConfig config = facetsConfig.getDimConfig(dimension);
      if (config.hierarchical || config.requireDimCount) {
        // Lucene counts these with a tree of ordinals or a dimension-level ordinal first
        throw new IllegalArgumentException("facet dimension " + dimension + " is hierarchical or counts itself");
      }
    }
    IndexReader reader = state.getReader();
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap toIndexWide = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = reader.leaves();
    int[][] starts = new int[leaves.size()][];
    int[][] ordinals = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      LongValues global = toIndexWide == null ? LongValues.IDENTITY : toIndexWide.getGlobalOrds(leaf.ord);
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
      int maxDoc = leaf.reader().maxDoc();
      int[] start = new int[maxDoc + 1];
      int[] ords = new int[Math.max(16, maxDoc)];
      int n = 0;
      int doc = values.nextDoc();
      for (int d = 0; d < maxDoc; d++) {
        start[d] = n;
        if (d == doc) {
          if (n + values.docValueCount() > ords.length) {
            ords = Arrays.copyOf(ords, Math.max(n + values.docValueCount(), ords.length + ords.length / 2));
          }
          for (int i = values.docValueCount(); i > 0; i--) {
            ords[n++] = (int) global.get(values.nextOrd());
          }
          doc = values.nextDoc();
        }
      }
      start[maxDoc] = n;
      starts[leaf.ord] = start;
      ordinals[leaf.ord] = Arrays.copyOf(ords, n);
    }
    String[] labels = new String[state.getSize()];
    for (int ord = 0; ord < labels.length; ord++) {
      String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
      labels[ord] = path[path.length - 1];
    }
    return new FacetOrdinals(state, List.copyOf(dimensions), starts, ordinals, labels);
  }

  /**
   * The same counts by Lucene's {@code SortedSetDocValuesFacetCounts}, which decodes the values of each
   * match from doc values: for a commit searched once, where reading every statement's values first
   * would cost more than it saves (a third of a second at a million statements).
   */
  static Map<String, Map<String, Integer>> countFromDocValues(SortedSetDocValuesReaderState state,
      List<String> dimensions, FacetsCollector hits, int limit) throws IOException {
    SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, hits);
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult top = state.getOrdRange(dimension) == null ? null : facets.getTopChildren(limit, dimension);
      if (top != null) {
        for (LabelAndValue value : top.labelValues) {
          values.put(value.label, value.value.intValue());
        }
      }
      result.put(dimension, values);
    }
    return result;
  }

  /** Counts per dimension of the documents a collector gathered: at most {@code limit} values each, the largest first. */
  Map<String, Map<String, Integer>> count(FacetsCollector hits, int limit) throws IOException {
    if (limit <= 0) {
      throw new IllegalArgumentException("at least one value per dimension: " + limit);
    }
    int[] counts = new int[labels.length];
    for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
      DocIdSetIterator docs = matching.bits().iterator();
      if (docs == null) {
        continue;
      }
      int[] start = starts[matching.context().ord];
      int[] ords = ordinals[matching.context().ord];
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        for (int i = start[doc]; i < start[doc + 1]; i++) {
          counts[ords[i]]++;
        }
      }
    }
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      result.put(dimension, top(counts, state.getOrdRange(dimension), limit));
    }
    return result;
  }

  /**
   * The dimension's values with the most counts, at most {@code limit}, most first and ties in
   * ordinal order (Lucene's): a bounded heap of (count, ordinal) keys, since a dimension such as the
   * document can have tens of thousands of counted values.
   */
  private Map<String, Integer> top(int[] counts, SortedSetDocValuesReaderState.OrdRange range, int limit) {
    long[] heap = new long[limit];
    int size = 0;
    if (range != null) {
      for (int ord = range.start(); ord <= range.end(); ord++) {
        if (counts[ord] > 0) {
          long key = rank(counts[ord], ord);
          if (size < limit) {
            heap[size] = key;
            siftUp(heap, size++);
          } else if (key > heap[0]) {
            heap[0] = key;
            siftDown(heap, size);
          }
        }
      }
    }
    long[] best = Arrays.copyOf(heap, size);
    Arrays.sort(best);
    Map<String, Integer> values = new LinkedHashMap<>();
    for (int i = best.length - 1; i >= 0; i--) {
      int ord = (int) (0xFFFF_FFFFL - (best[i] & 0xFFFF_FFFFL));
      values.put(labels[ord], counts[ord]);
    }
    return values;
  }

  /** A key that orders by count, then by the lower ordinal. */
  private static long rank(int count, int ord) {
    return ((long) count << 32) | (0xFFFF_FFFFL - ord);
  }

  /** Restores the min-heap after a key was added at {@code at}. */
  private static void siftUp(long[] heap, int at) {
    while (at > 0 && heap[(at - 1) / 2] > heap[at]) {
      swap(heap, at, (at - 1) / 2);
      at = (at - 1) / 2;
    }
  }

  /** Restores the min-heap of {@code size} keys after its smallest was replaced. */
  private static void siftDown(long[] heap, int size) {
    for (int at = 0, child; (child = 2 * at + 1) < size; at = child) {
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[at] <= heap[child]) {
        return;
      }
      swap(heap, at, child);
    }
  }

  private static void swap(long[] heap, int a, int b) {
    long t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }
}
