package se.samsyn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
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
 * About 4 bytes per value and per statement. The counts, their order (most first, ties in label
 * order) and the values per dimension are those of {@code SortedSetDocValuesFacetCounts}. Thread-safe.
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

  /** Counts per dimension of the documents a collector gathered: at most {@code limit} values each, the largest first. */
  Map<String, Map<String, Integer>> count(FacetsCollector hits, int limit) throws IOException {
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

  private Map<String, Integer> top(int[] counts, SortedSetDocValuesReaderState.OrdRange range, int limit) {
    List<Integer> counted = new ArrayList<>();
    if (range != null) {
      range.iterator().forEachRemaining((int ord) -> {
        if (counts[ord] > 0) {
          counted.add(ord);
        }
      });
    }
    counted.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
    Map<String, Integer> values = new LinkedHashMap<>();
    for (int ord : counted.subList(0, Math.min(limit, counted.size()))) {
      values.put(labels[ord], counts[ord]);
    }
    return values;
  }
}
