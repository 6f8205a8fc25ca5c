package se.samsyn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures compound splitting on a word list written for Samsyn ({@code analysis/compounds.tsv}):
 * a split counts as right only when it gives exactly the expected part lemmas.
 */
class CompoundSplitTest {
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.85;

  private record Entry(String word, List<String> parts) {}

  @Test
  void splitsCompoundsIntoLexiconWordsAndLeavesOtherWordsWhole() throws IOException {
    List<Entry> entries = wordList();
    LexiconLookup lookup = TestLexicons.get().lookup();
    int compounds = 0;
    int splits = 0;
    int rightSplits = 0;
    int wholeWords = 0;
    int keptWhole = 0;
    List<String> wrong = new ArrayList<>();
    for (Entry entry : entries) {
      List<String> parts = lookup.compoundParts(entry.word());
      compounds += entry.parts().isEmpty() ? 0 : 1;
      wholeWords += entry.parts().isEmpty() ? 1 : 0;
      splits += parts.isEmpty() ? 0 : 1;
      rightSplits += !parts.isEmpty() && parts.equals(entry.parts()) ? 1 : 0;
      keptWhole += parts.isEmpty() && entry.parts().isEmpty() ? 1 : 0;
      if (!parts.equals(entry.parts())) {
        wrong.add(entry.word() + " → " + parts + " (expected " + entry.parts() + ")");
      }
    }
    double precision = (double) rightSplits / splits;
    double recall = (double) rightSplits / compounds;
    System.out.printf(Locale.ROOT, "compound splitting on %d words (%d compounds, %d non-compounds): "
        + "precision %.3f (%d/%d), recall %.3f (%d/%d), non-compounds kept whole %d/%d%n", entries.size(),
        compounds, wholeWords, precision, rightSplits, splits, recall, rightSplits, compounds, keptWhole, wholeWords);
    wrong.forEach(w -> System.out.println("  not as expected: " + w));
    assertTrue(entries.size() >= 60, "the word list has at least 60 words");
    assertTrue(precision >= MIN_PRECISION, "precision " + precision + "; " + wrong);
    assertTrue(recall >= MIN_RECALL, "recall " + recall + "; " + wrong);
    assertEquals(wholeWords, keptWhole, "non-compounds split: " + wrong);
  }

  private static List<Entry> wordList() throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        CompoundSplitTest.class.getResourceAsStream("/analysis/compounds.tsv"), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        entries.add(new Entry(fields[0], fields[1].equals("-") ? List.of() : List.of(fields[1].split(" "))));
      }
    }
    return entries;
  }
}
