package se.samsyn.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import se.samsyn.models.RecentAnswers;

/**
 * Looks Swedish words up in the lexicons: their lemma and, for compounds, their parts. Not
 * thread-safe; get one per thread from {@link SwedishLexicons#lookup()}.
 *
 * <p>A lemma comes from the first source that knows the word: the morfologik dictionary (the entry
 * whose tag fits the part of speech), Hunspell's stems, the compound rules (modifier + the lemma
 * of the last part: dialogträffar → dialogträff), then the same after taking off a common ending
 * (a misspelt "kvalitetet" → kvalitet). Colloquial {@code -ité} forms are written {@code -itet}
 * (kvalitén → kvalitet).
 */
public final class LexiconLookup {
  /** Shortest compound part, counted in letters of its written form. */
  static final int MIN_PART = 3;
  private static final int MAX_PARTS = 4;
  private static final int MIN_STEM = 4;
  private static final List<String> ENDINGS = List.of("ernas", "arnas", "ornas", "erna", "arna",
      "orna", "ens", "ets", "en", "et", "na", "ar", "er", "or", "n", "t", "s");
  private static final CharArraySet FUNCTION_WORDS = SwedishAnalyzer.getDefaultStopSet();
  /** Answers kept per lookup: enough for the distinct words of a large workshop corpus. */
  private static final int RECENT_WORDS = 10_000;

  private final DictionaryLookup dictionary;
  private final Supplier<Hunspell> hunspellSource;
  private Hunspell hunspell;
  private final CompoundForms forms;

  private final RecentAnswers<TaggedWord, String> lemmas = new RecentAnswers<>(RECENT_WORDS, this::lookUpLemma);
  private final RecentAnswers<String, List<String>> compoundParts = new RecentAnswers<>(RECENT_WORDS,
      word -> split(word.toLowerCase(Locale.ROOT)).stream().map(Part::lemma).toList());
  private final RecentAnswers<String, List<String>> dictionaryLemmas = new RecentAnswers<>(RECENT_WORDS,
      this::lookUpDictionaryLemmas);

  /** {@code hunspell} is asked once, when a word first needs it (the dictionary may still be loading). */
  LexiconLookup(DictionaryLookup dictionary, Supplier<Hunspell> hunspell, CompoundForms forms) {
    this.dictionary = dictionary;
    this.hunspellSource = hunspell;
    this.forms = forms;
  }

  private record TaggedWord(String word, String upos) {}

  /** One part of a compound: how it is written in the word and its lemma. */
  public record Part(String form, String lemma) {}

  /**
   * The lemma of a word, lower-cased, or null when no lexicon knows it.
   *
   * @param upos the word's Universal Dependencies part-of-speech tag, or empty when unknown
   */
  public String lemma(String word, String upos) {
    return lemmas.get(new TaggedWord(word, upos));
  }

  private String lookUpLemma(TaggedWord tagged) {
    String word = tagged.word();
    String upos = tagged.upos();
    String lower = word.toLowerCase(Locale.ROOT);
    int hyphen = lower.lastIndexOf('-');
    if (hyphen > 0 && hyphen < lower.length() - 1 && knownLemma(word, lower, upos) == null) {
      String last = lemma(lower.substring(hyphen + 1), upos);
      return last == null ? null : lower.substring(0, hyphen + 1) + last;
    }
    String lemma = knownLemma(word, lower, upos);
    for (int i = 0; lemma == null && i < ENDINGS.size(); i++) {
      String ending = ENDINGS.get(i);
      if (lower.endsWith(ending) && lower.length() - ending.length() >= MIN_STEM) {
        String stem = lower.substring(0, lower.length() - ending.length());
        lemma = knownLemma(stem, stem, upos);
      }
    }
    return lemma == null ? null : standardSpelling(lemma);
  }

  /** True when a lexicon knows the word as it is written (simple or compound, any case). */
  public boolean isWord(String word) {
    return knownLemma(word, word.toLowerCase(Locale.ROOT), "") != null;
  }

  /** The lemmas of the parts of a compound (kvalitetsarbetet → kvalitet, arbete), or empty. */
  public List<String> compoundParts(String word) {
    return compoundParts.get(word);
  }

  /**
   * The parts of a compound, longest first part preferred among the fewest parts, or empty. A word
   * the lexicons list as a whole is not split after a short first part without a linking
   * letter, which keeps lexicalised words such as nätverk and ordförande whole.
   */
  public List<Part> split(String lower) {
    for (int parts = 2; parts <= MAX_PARTS; parts++) {
      List<Part> split = split(lower, 0, parts);
      if (!split.isEmpty()) {
        Part first = split.getFirst();
        boolean lexicalised = first.form().equals(first.lemma()) && first.form().length() <= MIN_PART
            && (dictionaryLemma(lower, "") != null || hunspellLemma(lower) != null);
        return lexicalised ? List.of() : split;
      }
    }
    return List.of();
  }

  private List<Part> split(String word, int start, int parts) {
    for (int end = word.length() - MIN_PART * (parts - 1); end >= start + MIN_PART; end--) {
      String form = word.substring(start, end);
      String lemma = start == 0 ? forms.beginning(form) : middle(form);
      if (lemma == null || lemma.length() < MIN_PART || FUNCTION_WORDS.contains(lemma)) {
        continue;
      }
      List<Part> rest = parts == 2 ? lastPart(word.substring(end)) : split(word, end, parts - 1);
      if (!rest.isEmpty()) {
        List<Part> split = new ArrayList<>(parts);
        split.add(new Part(form, standardSpelling(lemma)));
        split.addAll(rest);
        return split;
      }
    }
    return List.of();
  }

  private String middle(String form) {
    String lemma = forms.middle(form);
    return lemma != null ? lemma : forms.beginning(form);
  }

  private List<Part> lastPart(String form) {
    if (form.length() < MIN_PART) {
      return List.of();
    }
    for (AffixedWord analysis : hunspell().analyzeSimpleWord(form)) {
      if (analysis.getDictEntry().getFlags().indexOf(CompoundForms.END) >= 0) {
        String lemma = dictionaryLemma(form, "NOUN");
        String stem = analysis.getDictEntry().getStem().toLowerCase(Locale.ROOT);
        return List.of(new Part(form, standardSpelling(lemma != null ? lemma : stem)));
      }
    }
    return List.of();
  }

  private String knownLemma(String word, String lower, String upos) {
    String lemma = dictionaryLemma(word, upos);
    if (lemma == null && !word.equals(lower)) {
      lemma = dictionaryLemma(lower, upos);
    }
    if (lemma == null) {
      lemma = hunspellLemma(word);
    }
    if (lemma == null && !word.equals(lower)) {
      lemma = hunspellLemma(lower);
    }
    if (lemma == null) {
      List<Part> parts = split(lower);
      if (!parts.isEmpty()) {
        StringBuilder compound = new StringBuilder();
        parts.subList(0, parts.size() - 1).forEach(p -> compound.append(p.form()));
        lemma = compound.append(parts.getLast().lemma()).toString();
      }
    }
    return lemma == null ? null : lemma.toLowerCase(Locale.ROOT);
  }

  /** Every lemma the morfologik dictionary gives a written form (any case), lower-cased. */
  public List<String> dictionaryLemmas(String word) {
    return dictionaryLemmas.get(word);
  }

  private List<String> lookUpDictionaryLemmas(String word) {
    List<String> lemmas = new ArrayList<>();
    String lower = word.toLowerCase(Locale.ROOT);
    for (String form : word.equals(lower) ? List.of(word) : List.of(word, lower)) {
      for (WordData entry : dictionary.lookup(form)) {
        String lemma = entry.getStem().toString().toLowerCase(Locale.ROOT);
        if (!lemmas.contains(lemma)) {
          lemmas.add(lemma);
        }
      }
    }
    return List.copyOf(lemmas);
  }

  /** The lemma of a simple (not compound) word, as a noun if it can be one, or null. */
  String nounLemma(String word) {
    String lemma = dictionaryLemma(word, "NOUN");
    return lemma != null ? lemma : hunspellLemma(word);
  }

  /**
   * The lemma of a noun form, or null: the morfologik dictionary's noun entry, or, for a word it
   * lacks, the word itself when Hunspell lists it as a stem.
   */
  String noun(String word) {
    List<WordData> entries = dictionary.lookup(word);
    for (WordData entry : entries) {
      if (entry.getTag() != null && entry.getTag().toString().startsWith("NN")) {
        return entry.getStem().toString();
      }
    }
    return entries.isEmpty() && word.equals(hunspellLemma(word)) ? word : null;
  }

  /** The morfologik lemma whose tag fits the part of speech, else the first one, else null. */
  private String dictionaryLemma(String word, String upos) {
    String prefix = tagPrefix(upos);
    String first = null;
    for (WordData entry : dictionary.lookup(word)) {
      String lemma = entry.getStem().toString();
      String tag = entry.getTag() == null ? "" : entry.getTag().toString();
      if (!prefix.isEmpty() && tag.startsWith(prefix)) {
        return lemma;
      }
      if (first == null) {
        first = lemma;
      }
    }
    return first;
  }

  /** The tag prefix of swedish.dict (SUC style) for a Universal Dependencies part of speech. */
  private static String tagPrefix(String upos) {
    return switch (upos) {
      case "NOUN" -> "NN";
      case "PROPN" -> "PM";
      case "ADJ" -> "JJ";
      case "VERB", "AUX" -> "VB";
      case "ADV" -> "AB";
      case "PRON", "DET" -> "PN";
      case "ADP" -> "PP";
      case "CCONJ", "SCONJ" -> "KN";
      case "INTJ" -> "IN";
      default -> "";
    };
  }

  private String hunspellLemma(String word) {
    List<AffixedWord> analyses = hunspell().analyzeSimpleWord(word);
    return analyses.isEmpty() ? null : analyses.getFirst().getDictEntry().getStem();
  }

  private Hunspell hunspell() {
    if (hunspell == null) {
      hunspell = hunspellSource.get();
    }
    return hunspell;
  }

  private String standardSpelling(String lemma) {
    if (lemma.endsWith("ité")) {
      String standard = lemma.substring(0, lemma.length() - 1) + "et";
      if (!hunspell().analyzeSimpleWord(standard).isEmpty()) {
        return standard;
      }
    }
    return lemma;
  }
}
