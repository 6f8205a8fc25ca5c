package se.samsyn.search;

import java.util.ArrayList;
import java.util.List;
import se.samsyn.search.UserQuery.Clause;
import se.samsyn.search.UserQuery.Phrase;
import se.samsyn.search.UserQuery.Word;

/**
 * Reads the query language of {@code samsyn search}: words (all must occur, in any inflection),
 * {@code "exact phrases"} (straight or Swedish quotation marks), {@code OR} (or {@code ELLER})
 * between alternatives, {@code -word} or {@code -"phrase"} to exclude, and {@code prefix*}.
 */
public final class QuerySyntax {
  private static final String QUOTES = "\"“”„";
  private static final int MIN_PREFIX = 2;
  /** Words and phrases of one query; each becomes several search terms (lemmas, compound parts). */
  public static final int MAX_ITEMS = 200;

  private QuerySyntax() {}

  private record Item(Clause clause, boolean excluded, boolean or) {}

  public static UserQuery parse(String query) throws QuerySyntaxException {
    List<Item> items = items(query);
    if (items.size() > MAX_ITEMS) {
      throw new QuerySyntaxException("the query has " + items.size() + " words and phrases; at most " + MAX_ITEMS
          + " can be searched at once");
    }
    List<List<Clause>> required = new ArrayList<>();
    List<Clause> excluded = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.or()) {
        if (i == 0 || i == items.size() - 1 || items.get(i + 1).or() || items.get(i - 1).excluded()
            || items.get(i + 1).excluded()) {
          throw new QuerySyntaxException("OR needs a word or phrase to look for on both sides");
        }
        required.getLast().add(items.get(++i).clause());
      } else if (item.excluded()) {
        excluded.add(item.clause());
      } else {
        required.add(new ArrayList<>(List.of(item.clause())));
      }
    }
    if (required.isEmpty()) {
      throw new QuerySyntaxException(items.isEmpty() ? "the query is empty"
          : "the query only excludes; add a word or phrase to look for");
    }
    return new UserQuery(required, excluded);
  }

  private static List<Item> items(String query) throws QuerySyntaxException {
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean excluded = c == '-' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1));
      int start = excluded ? i + 1 : i;
      if (QUOTES.indexOf(query.charAt(start)) >= 0) {
        int close = indexOfQuote(query, start + 1);
        if (close < 0) {
          throw new QuerySyntaxException("a closing quotation mark is missing after "
              + query.substring(start).strip());
        }
        String phrase = query.substring(start + 1, close).strip();
        if (phrase.isEmpty()) {
          throw new QuerySyntaxException("there is nothing between the quotation marks");
        }
        items.add(new Item(new Phrase(phrase), excluded, false));
        i = close + 1;
        continue;
      }
      int end = start;
      while (end < query.length() && !Character.isWhitespace(query.charAt(end))
          && QUOTES.indexOf(query.charAt(end)) < 0) {
        end++;
      }
      String word = query.substring(start, end);
      i = end;
      if (!excluded && (word.equals("OR") || word.equals("ELLER"))) {
        items.add(new Item(null, false, true));
      } else if (!word.equals("-")) {
        items.add(new Item(word(word), excluded, false));
      }
    }
    return items;
  }

  private static Word word(String word) throws QuerySyntaxException {
    int star = word.indexOf('*');
    if (star < 0) {
      return new Word(word, false);
    }
    if (star != word.length() - 1) {
      throw new QuerySyntaxException("* only works at the end of a word, as in kvalitet*: " + word);
    }
    String prefix = word.substring(0, star);
    if (prefix.codePoints().filter(Character::isLetterOrDigit).count() < MIN_PREFIX) {
      throw new QuerySyntaxException("put at least " + MIN_PREFIX + " letters before *: " + word);
    }
    return new Word(prefix, true);
  }

  private static int indexOfQuote(String query, int from) {
    for (int i = from; i < query.length(); i++) {
      if (QUOTES.indexOf(query.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
