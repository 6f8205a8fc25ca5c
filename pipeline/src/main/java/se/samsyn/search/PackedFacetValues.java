package se.samsyn.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of every statement of one index commit, read once into memory and packed: each
 * dimension takes the bits its {@link FacetSlots} values need (value 0 is "none"), so that a
 * statement's values usually fit in one {@code int} (30 bits for a million statements in 20,000
 * documents). Counting the values of a search's matches then
 * reads one word per match; Lucene's {@code SortedSetDocValuesFacetCounts} decodes doc values for
 * every match, which was about half of a search's time at a million statements, and a layout of one
 * int per value and statement cost three times the memory traffic of this one. A statement's second
 * and later values of one dimension (a statement of two principles) are kept apart, in statement
 * order. Thread-safe.
 */
final class PackedFacetValues {
  private final String[] labels;
  private final int wordsPerStatement;
  /** Per packed dimension: the word of a statement's row that holds it, its shift, mask and slot base. */
  private final int[] wordOf;
  private final int[] shifts;
  private final int[] masks;
  private final int[] bases;
  private final Leaf[] leaves;

  /** One segment's rows, and the statements' further values: (statement, slot) pairs, by statement. */
  private record Leaf(int[] rows, int[] moreDocs, int[] moreSlots) {}

  /**
   * Where each packed dimension lies in a statement's row: the word that holds it, its shift, mask and
   * slot base (one entry per dimension some statement has), and the packed dimension of every slot.
   */
  private record Layout(int wordsPerStatement, int[] wordOf, int[] shifts, int[] masks, int[] bases,
      int[] fieldOfSlot) {
    static Layout of(FacetSlots slots) {
      int[] wordOf = new int[slots.dimensionCount()];
      int[] shifts = new int[wordOf.length];
      int[] masks = new int[wordOf.length];
      int[] bases = new int[wordOf.length];
      int[] fieldOfSlot = new int[slots.size()];
      int fields = 0;
      int wordCount = 0;
      int used = Integer.SIZE;
      for (int d = 0; d < slots.dimensionCount(); d++) {
        if (slots.values(d) == 0) {
          continue; // no statement has the dimension: nothing to count
        }
        int bits = Integer.SIZE - Integer.numberOfLeadingZeros(slots.values(d));
        if (used + bits > Integer.SIZE) {
          wordCount++;
          used = 0;
        }
        wordOf[fields] = wordCount - 1;
        shifts[fields] = used;
        masks[fields] = (int) ((1L << bits) - 1);
        bases[fields] = slots.base(d);
        Arrays.fill(fieldOfSlot, slots.base(d), slots.base(d) + 1 + slots.values(d), fields);
        used += bits;
        fields++;
      }
      return new Layout(wordCount, Arrays.copyOf(wordOf, fields), Arrays.copyOf(shifts, fields),
          Arrays.copyOf(masks, fields), Arrays.copyOf(bases, fields), fieldOfSlot);
    }
  }

  /** The layout's arrays are copied into fields of their own: {@link #leaf}'s counting reads them per match. */
  private PackedFacetValues(String[] labels, Layout layout, Leaf[] leaves) {
    this.labels = labels;
    this.wordsPerStatement = layout.wordsPerStatement();
    this.wordOf = layout.wordOf();
    this.shifts = layout.shifts();
    this.masks = layout.masks();
    this.bases = layout.bases();
    this.leaves = leaves;
  }

  /** Reads the facet values of every statement of the slots' index. */
  static PackedFacetValues read(FacetSlots slots) throws IOException {
    Layout layout = Layout.of(slots);
    int[] slotOf = slots.slotsOfOrdinals();
    List<LeafReaderContext> contexts = slots.state().getReader().leaves();
    Leaf[] leaves = new Leaf[contexts.size()];
    for (LeafReaderContext leaf : contexts) {
      leaves[leaf.ord] = readLeaf(slots, leaf, slotOf, layout);
    }
    return new PackedFacetValues(slots.labels(), layout, leaves);
  }

  /** One segment's rows. */
  private static Leaf readLeaf(FacetSlots slots, LeafReaderContext leaf, int[] slotOf, Layout layout)
      throws IOException {
    LongValues indexWide = slots.indexWideOrdinals(leaf);
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), slots.state().getField());
    int wordCount = layout.wordsPerStatement();
    int[] rows = new int[Math.multiplyExact(leaf.reader().maxDoc(), wordCount)];
    int[] moreDocs = new int[16];
    int[] moreSlots = new int[16];
    int more = 0;
    boolean[] seen = new boolean[layout.wordOf().length];
    for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
      Arrays.fill(seen, false);
      for (int i = values.docValueCount(); i > 0; i--) {
        int slot = slotOf[(int) indexWide.get(values.nextOrd())];
        if (slot < 0) {
          continue; // a dimension not counted
        }
        int field = layout.fieldOfSlot()[slot];
        if (!seen[field]) {
          seen[field] = true;
          rows[doc * wordCount + layout.wordOf()[field]] |= (slot - layout.bases()[field]) << layout.shifts()[field];
        } else {
          if (more == moreDocs.length) {
            moreDocs = Arrays.copyOf(moreDocs, more * 2);
            moreSlots = Arrays.copyOf(moreSlots, more * 2);
          }
          moreDocs[more] = doc;
          moreSlots[more++] = slot;
        }
      }
    }
    return new Leaf(rows, Arrays.copyOf(moreDocs, more), Arrays.copyOf(moreSlots, more));
  }

  /** How many 32-bit words a statement's values take (the fields never straddle two). */
  int wordsPerStatement() {
    return wordsPerStatement;
  }

  /** The value (last path component) of an index-wide ordinal. */
  String label(int ordinal) {
    return labels[ordinal];
  }

  /**
   * Counts the values of a leaf's statements, collected in increasing order within the leaf (as Lucene
   * collects; its sort comparators read doc values the same way).
   */
  MatchCounter.LeafValues leaf(LeafReaderContext context) {
    Leaf leaf = leaves[context.ord];
    return new MatchCounter.LeafValues() {
      private int nextMore;

      @Override
      public void count(int doc, int[] counts) {
        int[] rows = leaf.rows;
        int row = doc * wordsPerStatement;
        for (int f = 0; f < wordOf.length; f++) {
          counts[bases[f] + ((rows[row + wordOf[f]] >>> shifts[f]) & masks[f])]++;
        }
        int[] moreDocs = leaf.moreDocs;
        while (nextMore < moreDocs.length && moreDocs[nextMore] < doc) {
          nextMore++;
        }
        while (nextMore < moreDocs.length && moreDocs[nextMore] == doc) {
          counts[leaf.moreSlots[nextMore++]]++;
        }
      }
    };
  }
}
