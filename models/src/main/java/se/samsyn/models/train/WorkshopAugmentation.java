package se.samsyn.models.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import opennlp.tools.sentdetect.SentenceSample;
import se.samsyn.models.train.AnnotatedSentence.Word;
import se.samsyn.models.train.SwedishAbbreviations.Abbreviation;

/**
 * Synthetic training material for what the treebanks barely contain but workshop text is full of:
 * abbreviations (mid-sentence, sentence-initial, sentence-final, in brackets, before a comma),
 * bullet and numbered lists, headings, hard-wrapped lines and slash-joined words.
 *
 * <p>Every sample is an edited training sentence (never a held-out one), chosen with a seeded
 * {@link Random}, so the same treebank files and seed always give the same samples. Inserted
 * abbreviations, bullets and numbers carry the UPOS tag UD Swedish uses for them and their own
 * (lower-cased) form as lemma; slash-joined words join the lemmas of their parts.
 */
public final class WorkshopAugmentation {

  private static final List<String> SENTENCE_INITIAL = List.of(
      "T.ex.", "Bl.a.", "Dvs.", "D.v.s.", "Jfr.", "Ca.", "Inkl.", "Exkl.", "Ev.", "Fr.o.m.");
  private static final List<String> BULLETS = List.of("•", "-", "–", "*", "▪", "●", "◦");
  private static final List<String> LINKING_WORDS = List.of("och", "eller");

  private final List<AnnotatedSentence> pool;
  private final Random random;

  /**
   * @param training the training sentences to edit; only plain ones (a capitalised first word,
   *                 4–30 words, a single final period) are used
   * @param seed     the random seed
   */
  public WorkshopAugmentation(List<AnnotatedSentence> training, long seed) {
    this.pool = training.stream().filter(WorkshopAugmentation::isPlain).toList();
    this.random = new Random(seed);
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("no plain training sentences to augment");
    }
  }

  /**
   * {@code count} documents of each kind: abbreviation-rich prose, lists, prose under headings,
   * hard-wrapped prose.
   */
  public List<SentenceSample> sentenceDocuments(int count) {
    List<SentenceSample> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      documents.add(abbreviationProse());
      documents.add(list());
      documents.add(headedProse());
      documents.add(wrappedProse());
    }
    return documents;
  }

  /** {@code count} sentences of each kind: with abbreviations, list items, slash-joined words. */
  public List<AnnotatedSentence> sentences(int count) {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sentences.add(withAbbreviations(pick()));
      sentences.add(listItem(pick(), i % 9));
      sentences.add(withSlash(pick()));
    }
    return sentences;
  }

  private SentenceSample abbreviationProse() {
    List<String> sentences = new ArrayList<>();
    List<Boolean> lineBreaks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sentences.add(withAbbreviations(pick()).text());
      lineBreaks.add(random.nextInt(8) == 0);
    }
    return SentenceDocuments.document(sentences, lineBreaks);
  }

  private SentenceSample list() {
    List<String> lines = new ArrayList<>();
    List<Boolean> lineBreaks = new ArrayList<>();
    if (random.nextBoolean()) {
      String heading = heading(pick());
      lines.add(random.nextBoolean() ? heading + ":" : heading);
      lineBreaks.add(true);
    }
    int items = 3 + random.nextInt(4);
    for (int i = 0; i < items; i++) {
      lines.add(listItem(pick(), i).text());
      lineBreaks.add(true);
    }
    return SentenceDocuments.document(lines, lineBreaks);
  }

  private SentenceSample headedProse() {
    List<String> lines = new ArrayList<>();
    List<Boolean> lineBreaks = new ArrayList<>();
    for (int section = 0; section < 2; section++) {
      lines.add(heading(pick()));
      lineBreaks.add(true);
      int sentences = 1 + random.nextInt(3);
      for (int i = 0; i < sentences; i++) {
        lines.add(pick().text());
        lineBreaks.add(i == sentences - 1);
      }
    }
    return SentenceDocuments.document(lines, lineBreaks);
  }

  private SentenceSample wrappedProse() {
    List<String> sentences = new ArrayList<>();
    List<Boolean> lineBreaks = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sentences.add(SentenceDocuments.hardWrapped(pick().text(), random));
      lineBreaks.add(random.nextInt(6) == 0);
    }
    return SentenceDocuments.document(sentences, lineBreaks);
  }

  /**
   * Inserts abbreviations: one mid-sentence (sometimes in brackets or before a comma) or one at the
   * start, and, in a quarter of the sentences, one that ends the sentence. Abbreviations that can
   * end a sentence appear about as often inside sentences as at their end, so that the model learns
   * from the next word, not from the abbreviation alone, whether the sentence ends.
   */
  private AnnotatedSentence withAbbreviations(AnnotatedSentence sentence) {
    AnnotatedSentence s = sentence;
    int at = wordPairPosition(s);
    switch (random.nextInt(3)) {
      case 0 -> s = at < 0 ? s : insertMidSentence(s, at, any(abbreviations(false)));
      case 1 -> s = at < 0 ? s : insertMidSentence(s, at, any(abbreviations(true)));
      default -> {
        Word first = s.word(0);
        if (!first.upos().equals("PROPN")) {
          s = s.replace(0, 1, new Word(lowerFirst(first.form()), first.upos(), first.lemma(),
              first.spaceAfter()));
        }
        s = s.insert(0, abbreviation(any(SENTENCE_INITIAL), true));
      }
    }
    if (random.nextInt(4) == 0) {
      int last = s.size() - 1;
      s = s.replace(last - 1, last + 1, s.word(last - 1).spaced(true))
          .insert(last, abbreviation(any(abbreviations(true)).form(), false));
    }
    return s;
  }

  private AnnotatedSentence insertMidSentence(AnnotatedSentence s, int at, Abbreviation a) {
    return switch (random.nextInt(4)) {
      case 0 -> s.insert(at, abbreviation(a.form(), false)).insert(at + 1, punctuation(",", true));
      case 1 -> {
        Word next = s.word(at);
        yield s.replace(at, at + 1, next.spaced(false))
            .insert(at + 1, punctuation(")", next.spaceAfter()))
            .insert(at, abbreviation(a.form(), true))
            .insert(at, punctuation("(", false));
      }
      default -> s.insert(at, abbreviation(a.form(), true));
    };
  }

  /**
   * A heading: a noun from the sentence, with the adjective before it if there is one
   * ("Öppenhet", "Tydliga regler"), or else the sentence's first two to six words.
   */
  private String heading(AnnotatedSentence sentence) {
    List<Integer> nouns = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.word(i).upos().equals("NOUN") && isWord(sentence.form(i))) {
        nouns.add(i);
      }
    }
    if (nouns.isEmpty() || random.nextInt(3) == 0) {
      int words = 2 + random.nextInt(5);
      int end = 1;
      while (end < sentence.size() - 1 && end < words && isWord(sentence.form(end))) {
        end++;
      }
      return sentence.head(end).text();
    }
    int noun = any(nouns);
    boolean adjective = noun > 0 && sentence.word(noun - 1).upos().equals("ADJ");
    String text = adjective
        ? sentence.form(noun - 1) + " " + sentence.form(noun)
        : sentence.form(noun);
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * A list item: a bullet, a number or nothing (as slide text often comes out), then the sentence,
   * half of the time without its period.
   */
  private AnnotatedSentence listItem(AnnotatedSentence sentence, int index) {
    AnnotatedSentence s = random.nextBoolean() ? sentence.head(sentence.size() - 1) : sentence;
    String number = Integer.toString(index + 1);
    return switch (random.nextInt(5)) {
      case 0 -> s.insert(0, new Word(number + ".", "NUM", number + ".", true));
      case 1 -> s.insert(0, punctuation(")", true)).insert(0, new Word(number, "NUM", number, false));
      case 2 -> s;
      default -> s.insert(0, punctuation(any(BULLETS), random.nextBoolean()));
    };
  }

  /** Joins the two words around an "och"/"eller" with a slash ("avtal/ansvar"): one token. */
  private AnnotatedSentence withSlash(AnnotatedSentence sentence) {
    for (int i = 1; i + 1 < sentence.size(); i++) {
      Word before = sentence.word(i - 1);
      Word after = sentence.word(i + 1);
      if (LINKING_WORDS.contains(sentence.form(i)) && isWord(before.form()) && isWord(after.form())) {
        Word joined = new Word(before.form() + "/" + after.form(), after.upos(),
            before.lemma() + "/" + after.lemma(), after.spaceAfter());
        return sentence.replace(i - 1, i + 2, joined);
      }
    }
    int at = wordPairPosition(sentence);
    return at < 0 ? sentence : sentence.insert(at, new Word("och/eller", "CCONJ", "och/eller", true));
  }

  /** A random index {@code i} with words at {@code i - 1} and {@code i}, or -1 if there is none. */
  private int wordPairPosition(AnnotatedSentence s) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 1; i < s.size(); i++) {
      if (isWord(s.form(i - 1)) && isWord(s.form(i))) {
        positions.add(i);
      }
    }
    return positions.isEmpty() ? -1 : positions.get(random.nextInt(positions.size()));
  }

  private AnnotatedSentence pick() {
    return pool.get(random.nextInt(pool.size()));
  }

  private <T> T any(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static List<Abbreviation> abbreviations(boolean canEndSentence) {
    return SwedishAbbreviations.ALL.stream()
        .filter(a -> a.canEndSentence() == canEndSentence)
        .toList();
  }

  private static Word abbreviation(String form, boolean spaceAfter) {
    return new Word(form, SwedishAbbreviations.get(form).upos(), form.toLowerCase(Locale.ROOT),
        spaceAfter);
  }

  private static Word punctuation(String form, boolean spaceAfter) {
    return new Word(form, "PUNCT", form, spaceAfter);
  }

  private static boolean isPlain(AnnotatedSentence s) {
    return s.size() >= 4 && s.size() <= 30
        && s.form(s.size() - 1).equals(".")
        && Character.isUpperCase(s.form(0).codePointAt(0))
        && s.words().subList(0, s.size() - 1).stream().noneMatch(w -> w.form().contains("."));
  }

  private static boolean isWord(String form) {
    return form.length() > 1 && form.chars().allMatch(Character::isLetter);
  }

  private static String lowerFirst(String form) {
    boolean acronym = form.length() > 1 && Character.isUpperCase(form.charAt(1));
    return acronym ? form : form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1);
  }
}
