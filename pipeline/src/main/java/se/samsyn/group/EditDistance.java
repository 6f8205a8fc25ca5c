package se.samsyn.group;

/** Optimal-string-alignment Damerau–Levenshtein distance with an early exit. */
final class EditDistance {
  private EditDistance() {}

  /** The distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
  static int damerauLevenshtein(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
        rowMinimum = Math.min(rowMinimum, value);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] oldest = before;
      before = previous;
      previous = current;
      current = oldest;
    }
    return previous[m];
  }
}
