package se.samsyn.models.train;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Swedish abbreviations common in workshop and consultation text, embedded in the sentence detector
 * and tokenizer models as case-insensitive OpenNLP abbreviation dictionaries, and used by the
 * augmentation (with the UPOS tag UD Swedish gives them).
 *
 * <p>OpenNLP's sentence detector treats every abbreviation in its dictionary as a hard "never end a
 * sentence here". That is right for "t.ex." or "kl." but wrong for abbreviations that often close a
 * sentence ("… och möten osv. Det blir bra."), so only those with {@code canEndSentence == false}
 * go into its dictionary; the others are left to the statistical model, which sees them in the
 * augmented training data. The tokenizer keeps all of them as one token, final period included.
 */
public final class SwedishAbbreviations {

  /**
   * One abbreviation.
   *
   * @param form           lower-case form with its periods
   * @param upos           universal POS tag
   * @param canEndSentence whether it often ends a sentence
   */
  public record Abbreviation(String form, String upos, boolean canEndSentence) {
  }

  public static final List<Abbreviation> ALL = List.of(
      mid("t.ex.", "ADV"), mid("bl.a.", "ADV"), mid("s.k.", "ADJ"), mid("dvs.", "ADV"),
      mid("d.v.s.", "ADV"), mid("fr.o.m.", "ADP"), mid("t.o.m.", "ADP"), mid("resp.", "ADV"),
      mid("inkl.", "ADP"), mid("exkl.", "ADP"), mid("jfr.", "VERB"), mid("kl.", "NOUN"),
      mid("nr.", "NOUN"), mid("ca.", "ADV"), mid("p.g.a.", "ADP"), mid("pga.", "ADP"),
      mid("f.d.", "ADJ"), mid("m.a.o.", "ADV"), mid("ang.", "ADP"), mid("enl.", "ADP"),
      mid("ev.", "ADV"), mid("tel.", "NOUN"), mid("avd.", "NOUN"),
      end("osv.", "ADV"), end("o.s.v.", "ADV"), end("etc.", "ADV"), end("m.fl.", "ADV"),
      end("m.m.", "ADV"), end("st.", "NOUN"), end("o.d.", "ADV"), end("o.dyl.", "ADV"),
      end("e.Kr.", "ADV"), end("f.Kr.", "ADV"));

  /** Forms written without the final period in real text, kept whole by the tokenizer. */
  private static final List<String> WITHOUT_FINAL_PERIOD = List.of(
      "t.ex", "bl.a", "s.k", "d.v.s", "o.s.v", "m.fl", "m.m", "fr.o.m", "t.o.m", "p.g.a");

  private SwedishAbbreviations() {
  }

  /** The dictionary for the sentence detector: only the abbreviations that never end a sentence. */
  public static Dictionary sentenceDetectorDictionary() {
    return dictionary(ALL.stream().filter(a -> !a.canEndSentence()).map(Abbreviation::form));
  }

  /** The dictionary for the tokenizer: all abbreviations, with and without final period. */
  public static Dictionary tokenizerDictionary() {
    return dictionary(Stream.concat(ALL.stream().map(Abbreviation::form), WITHOUT_FINAL_PERIOD.stream()));
  }

  /** The abbreviation with this form, ignoring case. */
  public static Abbreviation get(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(a -> a.form().toLowerCase(Locale.ROOT).equals(lower))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown abbreviation " + form));
  }

  private static Abbreviation mid(String form, String upos) {
    return new Abbreviation(form, upos, false);
  }

  private static Abbreviation end(String form, String upos) {
    return new Abbreviation(form, upos, true);
  }

  private static Dictionary dictionary(Stream<String> entries) {
    Dictionary dictionary = new Dictionary(false);
    entries.forEach(e -> dictionary.put(new StringList(e)));
    return dictionary;
  }
}
