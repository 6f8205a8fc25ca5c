package se.samsyn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import se.samsyn.index.StatementSchema;

/**
 * Finds the words of statements that a query matched, from the query's {@link Matches} in the lemma
 * field (lemmas and compound parts carry the offsets of their word, so "kvalitet" marks all of
 * "kvalitetsarbetet") and the exact field (phrases, marked whole), merged. The offsets come from the
 * index's postings, so a hit is not analysed again. These are the spans Lucene's UnifiedHighlighter
 * marks with its weight matches and one passage of the whole text, which built the query's weight
 * again for every statement and field, and analysed every shown statement again for a query with a
 * prefix (its postings path gives up on them).
 */
final class MatchHighlighter {
  private static final String[] FIELDS = {StatementSchema.TEXT, StatementSchema.EXACT};

  private MatchHighlighter() {}

  /** The matched spans of each of {@code docIds}, in their order; {@code texts} are their statements' texts. */
  static List<List<Hit.Span>> matches(IndexSearcher searcher, Query query, int[] docIds, List<String> texts)
      throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<List<Hit.Span>> matches = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      Matches matched = weight.matches(leaf, docIds[i] - leaf.docBase);
      List<Hit.Span> spans = new ArrayList<>();
      if (matched != null) {
        int length = texts.get(i).length();
        for (String field : FIELDS) {
          MatchesIterator each = matched.getMatches(field);
          while (each != null && each.next()) {
            int end = Math.min(each.endOffset(), length);
            if (each.startOffset() >= 0 && end > each.startOffset()) {
              spans.add(new Hit.Span(each.startOffset(), end));
            }
          }
        }
      }
      matches.add(merged(spans));
    }
    return matches;
  }

  /** The spans in order, overlapping and touching ones joined. */
  static List<Hit.Span> merged(List<Hit.Span> spans) {
    spans.sort(Comparator.comparingInt(Hit.Span::start));
    List<Hit.Span> merged = new ArrayList<>();
    for (Hit.Span span : spans) {
      Hit.Span last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && span.start() <= last.end()) {
        merged.set(merged.size() - 1, new Hit.Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }
}
