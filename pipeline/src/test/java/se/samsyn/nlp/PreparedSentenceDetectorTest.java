package se.samsyn.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.samsyn.models.SwedishModels;
import se.samsyn.testing.SharedTreebank;

class PreparedSentenceDetectorTest {
  private static final List<String> AWKWARD = List.of(
      "Vi ses kl. 13 i morgon. Ta med t.ex. anteckningar, bl.a. från förra mötet.",
      "Se s. 4 (t.ex. bilaga 2). Det gäller bl.a. kommunen m.fl. Sedan kom nästa punkt.",
      "Föreningar, kommuner osv. Nästa mening börjar här. 'T.ex. så här.' Och (Bl.a. detta.)",
      "T.ex. Dialog. Nr. 5 gäller. Ca. 30 personer kom. Dvs. alla. Etc. Slut.",
      "Inga förkortningar här. Bara meningar! Eller frågor? Ja.",
      "", ".", "t.ex.", "Mötet 2024-05-01 kl. 13.00. Fika kl. 15.");

  @Test
  void sentencesAreOpenNlpsAroundAbbreviations() {
    List<String> texts = new ArrayList<>(AWKWARD);
    for (StringList entry : SwedishModels.sentenceModel().getAbbreviations()) {
      String abbreviation = entry.getToken(0);
      for (String before : List.of("Vi pratade om ", "(", "'", "")) {
        for (String written : List.of(abbreviation, abbreviation.toUpperCase(Locale.ROOT))) {
          texts.add(before + written + " Sedan kom vi hit. Dialog " + written + " 13 personer.");
          texts.add(before + "Vi sa " + written + " och sedan " + written + " Sedan kom vi hit.");
        }
      }
    }
    assertTrue(compareWithOpenNlp(texts) > 20, "too few breaks were refused for an abbreviation");
  }

  @Test
  @Tag("shared-ud")
  void sentencesAreOpenNlpsOnTheSharedHeldOutTreebank() {
    List<String> sentences = SharedTreebank.heldOutSentences();
    List<String> documents = new ArrayList<>();
    for (int from = 0; from < sentences.size(); from += 10) {
      List<String> part = sentences.subList(from, Math.min(from + 10, sentences.size()));
      documents.add(String.join(" ", part));
      documents.add(String.join("\n", part));
    }
    compareWithOpenNlp(documents);
  }

  /** Compares the two detectors on every text; the number of texts where an abbreviation refused a break. */
  private static int compareWithOpenNlp(List<String> texts) {
    SentenceDetectorME openNlp = new SentenceDetectorME(SwedishModels.sentenceModel());
    PreparedSentenceDetector prepared = new PreparedSentenceDetector(SwedishModels.sentenceModel());
    SentenceDetectorME withoutAbbreviations = new SentenceDetectorME(SwedishModels.sentenceModel(), (Dictionary) null);
    int refused = 0;
    for (String text : texts) {
      assertArrayEquals(openNlp.sentPosDetect(text), prepared.sentPosDetect(text), text);
      refused += openNlp.sentPosDetect(text).length < withoutAbbreviations.sentPosDetect(text).length ? 1 : 0;
    }
    return refused;
  }
}
