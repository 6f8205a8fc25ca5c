package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.StatementSchema;

/**
 * The reference {@link MatchHighlighter} is compared with: what Lucene's UnifiedHighlighter marks in the
 * lemma and exact fields with one passage of the whole text per field (weight matches, its default),
 * merged as Samsyn merges. For a prefix query it analyses each hit again instead of reading the postings.
 */
final class UnifiedHighlighterSpans {
  private static final String[] FIELDS = {StatementSchema.TEXT, StatementSchema.EXACT};

  private UnifiedHighlighterSpans() {}

  /**
   * Asserts that {@link MatchHighlighter} marks the UnifiedHighlighter's spans in the best {@code hits}
   * statements of each query (expanded with {@code expansion} where it names a principle); returns how
   * many spans were compared.
   */
  static int assertSameSpans(StatementIndex index, IndexAnalysis analysis, PrincipleExpansion expansion,
      List<String> queries, int hits) throws IOException, QuerySyntaxException {
    int spans = 0;
    for (String typed : queries) {
      SearchQuery query = SearchQuery.of(QuerySyntax.parse(typed), SearchFilters.NONE, analysis, expansion);
      Query all = query.expanded() == null ? query.direct() : query.expanded();
      int[] docs = Arrays.stream(index.best(all, hits).scoreDocs).mapToInt(doc -> doc.doc).toArray();
      List<String> texts = new ArrayList<>();
      for (int doc : docs) {
        texts.add(index.stored(doc).text());
      }
      List<List<Hit.Span>> matched = MatchHighlighter.matches(index.searcher(), query.highlight(), docs, texts);
      assertEquals(spans(index, analysis, query.highlight(), docs), matched, typed);
      spans += matched.stream().mapToInt(List::size).sum();
    }
    return spans;
  }

  private static List<List<Hit.Span>> spans(StatementIndex index, IndexAnalysis analysis, Query query, int[] docs)
      throws IOException {
    Map<String, Object[]> byField = new ReferenceHighlighter(UnifiedHighlighter.builder(index.searcher(),
        analysis.indexAnalyzer())
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withFormatter(new SpanFormatter()))
        .highlightFieldsAsObjects(FIELDS, query, docs, new int[] {1, 1});
    List<List<Hit.Span>> spans = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      List<Hit.Span> all = new ArrayList<>();
      for (String field : FIELDS) {
        if (byField.get(field)[i] instanceof List<?> list) {
          list.forEach(span -> all.add((Hit.Span) span));
        }
      }
      spans.add(MatchHighlighter.merged(all));
    }
    return spans;
  }

  private static final class ReferenceHighlighter extends UnifiedHighlighter {
    ReferenceHighlighter(Builder builder) {
      super(builder);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] names, DocIdSetIterator ids, int cacheCharsThreshold)
        throws IOException { // the exact field is not stored: both hold the statement's text
      return super.loadFieldValues(new String[] {StatementSchema.TEXT}, ids, cacheCharsThreshold).stream()
          .map(text -> new CharSequence[] {text[0], text[0]}).toList();
    }

    /** Overridden only to be callable here: Lucene's method is protected. */
    @Override
    protected Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docs, int[] passages)
        throws IOException {
      return super.highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }

  /** The matches of the passages as spans. */
  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Hit.Span> spans = new ArrayList<>();
      for (Passage passage : passages) {
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int end = Math.min(passage.getMatchEnds()[i], content.length());
          if (end > passage.getMatchStarts()[i]) {
            spans.add(new Hit.Span(passage.getMatchStarts()[i], end));
          }
        }
      }
      return spans;
    }
  }
}
