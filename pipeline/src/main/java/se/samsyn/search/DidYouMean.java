package se.samsyn.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import se.samsyn.analysis.Tokens;
import se.samsyn.index.StatementSchema;
import se.samsyn.search.UserQuery.Clause;
import se.samsyn.search.UserQuery.Word;

/**
 * "Did you mean" for a query that found nothing: each word that occurs nowhere in the index is
 * replaced by the most frequent written form of the index within two edits of it (Lucene's
 * {@link DirectSpellChecker} over the exact field), so that "dialg" becomes "dialog". Suggests
 * only words the material itself uses.
 */
final class DidYouMean {
  private DidYouMean() {}

  /**
   * The query with its unknown words corrected, or empty when no word could be corrected. A word is
   * unknown when neither its written form nor its lemmas ({@code lemmaAnalyzer}) occur in the index.
   */
  static String suggest(String query, UserQuery parsed, IndexReader reader, Analyzer lemmaAnalyzer)
      throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    String suggestion = query;
    boolean changed = false;
    List<Clause> words = parsed.required().stream().flatMap(List::stream)
        .filter(c -> c instanceof Word word && !word.prefix()).toList();
    for (Clause word : words) {
      String written = word.text().toLowerCase(Locale.ROOT);
      Term term = new Term(StatementSchema.EXACT, written);
      if (reader.docFreq(term) > 0
          || inIndex(Tokens.terms(lemmaAnalyzer, StatementSchema.TEXT, word.text()), reader)) {
        continue;
      }
      SuggestWord[] similar = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (similar.length > 0) {
        Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.text()) + "(?![\\p{L}\\p{N}])")
            .matcher(suggestion);
        if (at.find()) {
          suggestion = suggestion.substring(0, at.start()) + similar[0].string + suggestion.substring(at.end());
          changed = true;
        }
      }
    }
    return changed ? suggestion : "";
  }

  private static boolean inIndex(List<String> lemmas, IndexReader reader) throws IOException {
    for (String lemma : lemmas) {
      if (reader.docFreq(new Term(StatementSchema.TEXT, lemma)) > 0) {
        return true;
      }
    }
    return false;
  }
}
