package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Terms numbered in the order they were first seen; ids index the grouping core's arrays. */
public final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  /** The id of a term, adding it when new. */
  public int add(String term) {
    return ids.computeIfAbsent(term, t -> {
      terms.add(t);
      return terms.size() - 1;
    });
  }

  /** The id of a term, or -1 when unknown. */
  public int id(String term) {
    return ids.getOrDefault(term, -1);
  }

  public String term(int id) {
    return terms.get(id);
  }

  public int size() {
    return terms.size();
  }

  /** Ids of the known terms of a list, unknown ones left out, repeats kept. */
  public int[] known(List<String> termList) {
    return termList.stream().mapToInt(this::id).filter(id -> id >= 0).toArray();
  }

  /** Ids of all terms of a list, adding new ones, repeats kept. */
  public int[] addAll(List<String> termList) {
    return termList.stream().mapToInt(this::add).toArray();
  }
}
