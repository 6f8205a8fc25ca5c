package se.samsyn.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import se.samsyn.index.StatementSchema;

/**
 * A ranking prior that prefers statements with content over bare headings and labels: BM25 favours
 * short texts, so a three-word slide title naming the query outranks the remark a person wants. A
 * score is multiplied by {@code min(words, FULL_WORDS) / FULL_WORDS}, and by
 * {@link #HEADING_FACTOR} for a heading. Statements of an index written before the prior existed
 * (no word counts) keep their score.
 */
final class ContentPrior extends DoubleValuesSource {
  static final ContentPrior INSTANCE = new ContentPrior();
  /** Statements of at least this many words are not demoted. */
  static final int FULL_WORDS = 8;
  static final double HEADING_FACTOR = 0.7;

  private ContentPrior() {}

  /** The factor for a statement of {@code words} words; {@code heading} for statements of kind heading. */
  static double factor(long words, boolean heading) {
    double length = Math.min(Math.max(words, 1), FULL_WORDS) / (double) FULL_WORDS;
    return heading ? length * HEADING_FACTOR : length;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues words = DocValues.getNumeric(ctx.reader(), StatementSchema.WORDS);
    NumericDocValues heading = DocValues.getNumeric(ctx.reader(), StatementSchema.IS_HEADING);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = words.advanceExact(doc) ? factor(words.longValue(), heading.advanceExact(doc) && heading.longValue() == 1)
            : 1;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, StatementSchema.WORDS, StatementSchema.IS_HEADING);
  }

  @Override
  public int hashCode() {
    return ContentPrior.class.hashCode();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContentPrior;
  }

  @Override
  public String toString() {
    return "content prior (words up to " + FULL_WORDS + ", headings × " + HEADING_FACTOR + ")";
  }
}
