package se.samsyn.models;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The answers of a costly function for the keys asked most recently, at most {@code capacity} of
 * them; null answers are kept too. Words repeat (Zipf), so a few thousand entries answer most
 * lookups of a text. Not thread-safe: one per analysis chain, like the lookups it serves.
 */
public final class RecentAnswers<K, V> {
  private static final Object NO_ANSWER = new Object();

  private final Function<K, V> function;
  private final Map<K, Object> answers;

  public RecentAnswers(int capacity, Function<K, V> function) {
    this.function = function;
    this.answers = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Object> eldest) {
        return size() > capacity;
      }
    };
  }

  @SuppressWarnings("unchecked")
  public V get(K key) {
    Object answer = answers.get(key);
    if (answer == null) {
      V computed = function.apply(key); // may ask this cache again (not via computeIfAbsent, which forbids that)
      answers.put(key, computed == null ? NO_ANSWER : computed);
      return computed;
    }
    return answer == NO_ANSWER ? null : (V) answer;
  }
}
