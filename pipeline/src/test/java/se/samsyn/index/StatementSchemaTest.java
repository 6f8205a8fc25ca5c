package se.samsyn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatementSchemaTest {
  /** Letters, digits, punctuation, ASCII and other whitespace, and letters and digits beyond 16 bits. */
  private static final String[] PIECES = {"a", "Ö", "7", ".", "–", "-", " ", "\t", "\n", "\r", "\f", "\u000b",
      "\u00a0", "\u2003", "\u3000", "𝔸", "𝟘", "😀", ""};

  @Test
  void wordsAreTheWhitespaceSeparatedTokensWithALetterOrDigit() {
    assertEquals(3, StatementSchema.words("  Dialog, öppenhet – och 😀 … "));
    assertEquals(0, StatementSchema.words(""));
    SplittableRandom random = new SplittableRandom(17);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertEquals(splitAndCount(text.toString()), StatementSchema.words(text.toString()), text.toString());
    }
  }

  private static int splitAndCount(String text) {
    int words = 0;
    for (String token : text.strip().split("\\s+")) {
      words += token.codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
    }
    return words;
  }
}
