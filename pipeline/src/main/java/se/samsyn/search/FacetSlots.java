package se.samsyn.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;

/**
 * Where the facet values of one index commit are counted: an array with, for each dimension, one slot
 * for statements without a value in it followed by one slot per value, in the order of Lucene's
 * index-wide ordinals for the facet field ({@code SortedSetDocValuesFacetCounts}'s). Only flat
 * dimensions without a dimension count, the only kind Samsyn indexes. Immutable.
 */
final class FacetSlots {
  private final SortedSetDocValuesReaderState state;
  private final List<String> dimensions;
  /** Per dimension, its values' index-wide ordinals, or null when no statement has the dimension. */
  private final OrdRange[] ranges;
  /** Per dimension, the slot for "no value"; its values' slots follow. */
  private final int[] bases;
  private final int size;
  /** From each leaf's ordinals to the index-wide ones; null for an index of one segment. */
  private final OrdinalMap toIndexWide;

  FacetSlots(SortedSetDocValuesReaderState state, List<String> dimensions) throws IOException {
    FacetsConfig config = Objects.requireNonNullElseGet(state.getFacetsConfig(), FacetsConfig::new);
    this.state = state;
    this.dimensions = List.copyOf(dimensions);
    this.ranges = new OrdRange[dimensions.size()];
    this.bases = new int[dimensions.size()];
    int next = 0;
    for (int d = 0; d < ranges.length; d++) {
      FacetsConfig.DimConfig dimConfig = config.getDimConfig(dimensions.get(d));
      if (dimConfig.hierarchical || dimConfig.requireDimCount) {
        // Lucene counts these with a tree of ordinals or a dimension-level ordinal first
        throw new IllegalArgumentException("facet dimension " + dimensions.get(d) + " is hierarchical or counts itself");
      }
      ranges[d] = state.getOrdRange(dimensions.get(d));
      bases[d] = next;
      next += 1 + values(d);
    }
    this.size = next;
    this.toIndexWide = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
  }

  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** The length of a counts array. */
  int size() {
    return size;
  }

  int dimensionCount() {
    return ranges.length;
  }

  /** How many values the dimension has in the whole index. */
  int values(int dimension) {
    OrdRange range = ranges[dimension];
    return range == null ? 0 : range.end() - range.start() + 1;
  }

  /** The slot for statements without a value in the dimension; value {@code v} (from 1) is counted at this plus v. */
  int base(int dimension) {
    return bases[dimension];
  }

  /** The dimension's value (from 1) of an index-wide ordinal of the dimension. */
  int value(int dimension, int ordinal) {
    return ordinal - ranges[dimension].start() + 1;
  }

  /** The slot of every index-wide ordinal; -1 for ordinals of other dimensions. */
  int[] slotsOfOrdinals() {
    int[] slots = new int[state.getSize()];
    Arrays.fill(slots, -1);
    for (int d = 0; d < ranges.length; d++) {
      if (ranges[d] != null) {
        for (int ord = ranges[d].start(); ord <= ranges[d].end(); ord++) {
          slots[ord] = bases[d] + value(d, ord);
        }
      }
    }
    return slots;
  }

  /** The index-wide ordinals of a leaf's facet values (identity for an index of one segment). */
  LongValues indexWideOrdinals(LeafReaderContext leaf) {
    return toIndexWide == null ? LongValues.IDENTITY : toIndexWide.getGlobalOrds(leaf.ord);
  }

  /** The value (last path component) of every index-wide ordinal. */
  String[] labels() throws IOException {
    SortedSetDocValues all = state.getDocValues();
    String[] labels = new String[state.getSize()];
    for (int ord = 0; ord < labels.length; ord++) {
      labels[ord] = label(all, ord);
    }
    return labels;
  }

  /** A label lookup that reads only the labels asked for, for a single count. */
  IntFunction<String> labelsOnDemand() throws IOException {
    SortedSetDocValues all = state.getDocValues();
    return ord -> {
      try {
        return label(all, ord);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static String label(SortedSetDocValues all, int ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }

  /**
   * Per dimension, its values with the most counts, at most {@code limit}, most first and ties in
   * ordinal order (Lucene's): a bounded heap of (count, ordinal) keys, since a dimension such as the
   * document can have tens of thousands of counted values.
   */
  Map<String, Map<String, Integer>> top(int[] counts, int limit, IntFunction<String> labels) {
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (int d = 0; d < ranges.length; d++) {
      LongHeap best = new LongHeap(limit);
      for (int value = 1; value <= values(d); value++) {
        int count = counts[bases[d] + value];
        if (count > 0) {
          best.insertWithOverflow(rank(count, ranges[d].start() + value - 1));
        }
      }
      long[] leastFirst = new long[best.size()];
      for (int i = 0; i < leastFirst.length; i++) {
        leastFirst[i] = best.pop();
      }
      Map<String, Integer> values = new LinkedHashMap<>();
      for (int i = leastFirst.length - 1; i >= 0; i--) {
        values.put(labels.apply(ordinal(leastFirst[i])), (int) (leastFirst[i] >>> 32));
      }
      result.put(dimensions.get(d), values);
    }
    return result;
  }

  /** A key that orders by count, then by the lower ordinal. */
  private static long rank(int count, int ord) {
    return ((long) count << 32) | (0xFFFF_FFFFL - ord);
  }

  private static int ordinal(long rank) {
    return (int) (0xFFFF_FFFFL - (rank & 0xFFFF_FFFFL));
  }
}
