package se.samsyn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import se.samsyn.index.StatementSchema;

/**
 * Finds the words of a statement that a query matched, with Lucene's UnifiedHighlighter: the
 * statement is re-analysed for the lemma field (lemmas and compound parts carry the offsets of
 * their word, so "kvalitet" marks all of "kvalitetsarbetet") and for the exact field (phrases),
 * and the matches of both are merged.
 */
final class MatchHighlighter {
  private static final String[] FIELDS = {StatementSchema.TEXT, StatementSchema.EXACT};

  private final UnifiedHighlighter highlighter;

  MatchHighlighter(Analyzer indexAnalyzer) {
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new SpanFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .build();
  }

  List<Hit.Span> matches(Query query, String text) throws IOException {
    List<Hit.Span> spans = new ArrayList<>();
    for (String field : FIELDS) {
      if (highlighter.highlightWithoutSearcher(field, query, text, 1) instanceof SpanList list) {
        spans.addAll(list.spans());
      }
    }
    return merged(spans);
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
