package se.samsyn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import se.samsyn.index.StatementSchema;

/**
 * Finds the words of statements that a query matched, with Lucene's UnifiedHighlighter over the
 * lemma field (lemmas and compound parts carry the offsets of their word, so "kvalitet" marks all
 * of "kvalitetsarbetet") and the exact field (phrases), and merges the matches of both. The
 * offsets come from the index's postings, so a hit is not analysed again.
 */
final class MatchHighlighter {
  private static final String[] FIELDS = {StatementSchema.TEXT, StatementSchema.EXACT};
  private static final int[] ONE_PASSAGE_EACH = {1, 1};

  private final Analyzer indexAnalyzer;

  MatchHighlighter(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** The matched spans of each of {@code docIds}, in their order. */
  List<List<Hit.Span>> matches(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    Map<String, Object[]> byField = new StatementTextHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new SpanFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1))
        .spansByField(query, docIds);
    List<List<Hit.Span>> matches = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<Hit.Span> spans = new ArrayList<>();
      for (String field : FIELDS) {
        if (byField.get(field)[i] instanceof SpanList list) {
          spans.addAll(list.spans());
        }
      }
      matches.add(merged(spans));
    }
    return matches;
  }

  private static List<Hit.Span> merged(List<Hit.Span> spans) {
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

  /** Both fields hold the statement's text, which only the lemma field stores. */
  private static final class StatementTextHighlighter extends UnifiedHighlighter {
    StatementTextHighlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> spansByField(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(FIELDS, query, docIds, ONE_PASSAGE_EACH);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> texts = super.loadFieldValues(new String[] {StatementSchema.TEXT}, docs, cacheCharsThreshold);
      List<CharSequence[]> values = new ArrayList<>(texts.size());
      for (CharSequence[] text : texts) {
        CharSequence[] perField = new CharSequence[fields.length];
        Arrays.fill(perField, text[0]);
        values.add(perField);
      }
      return values;
    }
  }

  private record SpanList(List<Hit.Span> spans) {}

  /** Collects the match offsets of the passages instead of formatting them. */
  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Hit.Span> spans = new ArrayList<>();
      for (Passage passage : passages) {
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = passage.getMatchStarts()[i];
          int end = Math.min(passage.getMatchEnds()[i], content.length());
          if (end > start) {
            spans.add(new Hit.Span(start, end));
          }
        }
      }
      return new SpanList(spans);
    }
  }
}
