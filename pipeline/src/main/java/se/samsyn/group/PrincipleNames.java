package se.samsyn.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.models.Codebook;

/**
 * Recognises principle names (Swedish and English names and aliases of the codebook) in headings,
 * numbered items and inline labels, as people write them: any case, "&" or "/" for "och", numbering
 * ("3.", "3.1", "IV.", "Princip 1:"), "Principen om …", inflected forms ("öppenheten") and a typo or two
 * per word ("Självtändighet": Damerau–Levenshtein distance 1 for words of 5+ letters, 2 for 10+).
 */
public final class PrincipleNames {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern ROMAN_NUMBER = Pattern.compile("^[IVX]{1,5}[.):]\\s+");
  /**
   * A note after a heading's name: "(princip 3)", "forts.", "(fortsättning)". (A match may only start
   * where a run of spaces and commas starts, so that a long run costs one try, not one per character.)
   */
  private static final Pattern TRAILING_NOTE =
      Pattern.compile("(?iu)(?<![\\s,])[\\s,]*(\\([^()]*\\)|\\bforts(ättning|\\.)?)$");
  /** Where a heading's name ends and a subtitle begins, or a prefix ends: "Dialog – hur?", "Tema: Dialog". */
  private static final Pattern SUBTITLE = Pattern.compile("(?<!\\s)\\s+[-–—|]\\s+|:\\s+");
  private static final List<String> PRINCIPLE_WORDS =
      List.of("princip", "principen", "principer", "principerna", "principens", "principernas");
  private static final List<String> SUFFIXES = List.of("en", "et", "n", "t", "er", "erna", "ens", "s", "ns");

  /** A principle name as a word sequence. */
  private record Name(String principleId, String written, List<String> words) {}

  private final List<Name> names = new ArrayList<>();

  public PrincipleNames(Codebook codebook) {
    for (Codebook.Principle principle : codebook.principles()) {
      for (String name : principle.names()) {
        List<String> words = words(name);
        if (!words.isEmpty()) {
          names.add(new Name(principle.id(), name, words));
        }
      }
    }
    // longest first, so that "öppenhet och insyn" wins over "öppenhet"
    names.sort(Comparator.comparingInt((Name n) -> -n.words().size()));
  }

  /**
   * The principle a heading names, after numbering and "Principen om" are removed: the heading as a
   * whole ("3. Öppenhet och insyn", "Innovation & nytänkande"), or the part of it before a subtitle
   * ("Dialog – hur når vi fler?") or after a prefix ("Tema: Dialog"); a trailing note such as
   * "(princip 3)" or "forts." is ignored, unless it names another principle ("Dialog (kvalitet)"
   * names none).
   */
  public Optional<String> ofHeading(String heading) {
    String whole = ROMAN_NUMBER.matcher(heading.strip()).replaceFirst("");
    Matcher note = TRAILING_NOTE.matcher(whole);
    String core = whole;
    Optional<String> noted = Optional.empty();
    if (note.find()) {
      core = whole.substring(0, note.start());
      noted = namedBy(withoutPreamble(words(note.group())));
    }
    List<String> parts = new ArrayList<>(List.of(whole, core));
    String[] pieces = SUBTITLE.split(core);
    if (pieces.length > 1) {
      parts.add(pieces[0]);
      parts.add(pieces[pieces.length - 1]);
    }
    for (String part : parts) {
      Optional<String> principle = namedBy(withoutPreamble(words(part)));
      if (principle.isPresent()) {
        return noted.isEmpty() || noted.equals(principle) ? principle : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The principle these words name in full, or as names of that one principle joined by "och". */
  private Optional<String> namedBy(List<String> words) {
    String principle = null;
    int at = 0;
    while (at < words.size()) {
      Optional<Match> match = atStart(words.subList(at, words.size()));
      if (match.isEmpty() || (principle != null && !principle.equals(match.get().principleId()))) {
        return Optional.empty();
      }
      principle = match.get().principleId();
      at += match.get().length();
      if (at < words.size() && !(words.get(at).equals("och") && at + 1 < words.size())) {
        return Optional.empty();
      }
      at++;
    }
    return Optional.ofNullable(principle);
  }

  /**
   * The principle named at the start of a word list (for numbered items such as "2. Dialog Ökat
   * kunskapsutbyte …"), with the number of words the name takes.
   */
  Optional<Match> atStart(List<String> words) {
    return atStart(words, false);
  }

  /** Like {@link #atStart(List)}, but only a name written in full: "Dialog", not "dialoger" or "Dialg". */
  Optional<Match> atStartExactly(List<String> words) {
    return atStart(words, true);
  }

  private Optional<Match> atStart(List<String> words, boolean exactly) {
    for (Name name : names) {
      if (matchesAt(name, words, 0, exactly)) {
        return Optional.of(new Match(name.principleId(), name.words().size()));
      }
    }
    return Optional.empty();
  }

  /**
   * The principles a text names explicitly as principles: "Principen om långsiktighet ger …",
   * "… enligt principerna om dialog, mångfald och kvalitet" (in order, without repeats).
   */
  public List<String> mentioned(String text) {
    List<String> words = words(text);
    List<String> found = new ArrayList<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      if (!isPrincipleWord(words.get(i)) || !words.get(i + 1).equals("om")) {
        continue;
      }
      int at = i + 2;
      Optional<Match> match = atStart(words.subList(at, words.size()));
      while (match.isPresent()) {
        if (!found.contains(match.get().principleId())) {
          found.add(match.get().principleId());
        }
        at += match.get().length();
        if (at < words.size() && (words.get(at).equals("och") || words.get(at).equals("samt"))) {
          at++;
        }
        match = atStart(words.subList(at, words.size()));
      }
    }
    return found;
  }

  /** A principle found at the start of a word list and how many words its name took. */
  record Match(String principleId, int length) {}

  /** Lower-cased words with accents kept, "&" read as "och". */
  static List<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace("&", " och ").replace("/", " och ").replace('+', ' ');
    List<String> words = new ArrayList<>();
    for (String word : NON_WORD.split(normal.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Drops leading numbers and "princip(en/erna) (om)": "Princip 3: Kvalitet" → "kvalitet". */
  static List<String> withoutPreamble(List<String> words) {
    int start = 0;
    while (start < words.size()) {
      String word = words.get(start);
      if (NUMBER.matcher(word).matches() || isPrincipleWord(word)
          || (word.equals("om") && start > 0 && isPrincipleWord(words.get(start - 1)))) {
        start++;
      } else {
        break;
      }
    }
    return words.subList(start, words.size());
  }

  /** "princip" in any form, but not "principiell" or "principfast". */
  private static boolean isPrincipleWord(String word) {
    return PRINCIPLE_WORDS.contains(word);
  }

  private static boolean matchesAt(Name name, List<String> words, int offset, boolean exactly) {
    if (offset + name.words().size() > words.size()) {
      return false;
    }
    for (int i = 0; i < name.words().size(); i++) {
      String expected = name.words().get(i);
      String written = words.get(offset + i);
      if (exactly ? !expected.equals(written) : !sameWord(expected, written)) {
        return false;
      }
    }
    return true;
  }

  static boolean sameWord(String expected, String written) {
    if (expected.equals(written)) {
      return true;
    }
    if (written.startsWith(expected) && SUFFIXES.contains(written.substring(expected.length()))
        && expected.length() >= 4) {
      return true;
    }
    int allowed = expected.length() >= 10 ? 2 : expected.length() >= 5 ? 1 : 0;
    return allowed > 0 && Math.abs(expected.length() - written.length()) <= allowed
        && EditDistance.damerauLevenshtein(expected, written, allowed) <= allowed;
  }
}
