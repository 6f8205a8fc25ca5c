package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;

class OpenNlpLowerCaseTest {
  @Test
  void lowerCasesAsOpenNlpDoes() {
    for (String word : PosFeaturesTest.AWKWARD) {
      assertEquals(StringUtil.toLowerCase(word), OpenNlpLowerCase.of(word), word);
    }
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 100_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        // mostly Latin-1 and Latin Extended, some Greek, Cyrillic, lone surrogates and supplementary letters
        int codePoint = switch (random.nextInt(4)) {
          case 0 -> random.nextInt(0x41, 0x250);
          case 1 -> random.nextInt(0x370, 0x530);
          case 2 -> random.nextInt(0xD7F0, 0xE010);
          default -> random.nextInt(0x10400, 0x10500);
        };
        text.appendCodePoint(codePoint);
      }
      assertEquals(StringUtil.toLowerCase(text), OpenNlpLowerCase.of(text), text.toString());
    }
  }

}
