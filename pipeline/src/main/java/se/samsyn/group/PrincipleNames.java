package se.samsyn.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samsyn.models.Codebook;

/**
 * Recognises principle names (Swedish and English names and aliases of the codebook) in headings,
 * numbered items and inline labels, as people write them: any case, "&" for "och", numbering
 * ("3.", "3.1", "Princip 1:"), "Principen om …", inflected forms ("öppenheten") and a typo or two
 * per word ("Självtändighet": Damerau–Levenshtein distance 1 for words of 5+ letters, 2 for 10+).
 */
public final class PrincipleNames {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
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

  /** The principle a heading names as a whole, after numbering and "Principen om" are removed. */
  public Optional<String> ofHeading(String heading) {
    List<String> words = withoutPreamble(words(heading));
    for (Name name : names) {
      if (name.words().size() == words.size() && matchesAt(name, words, 0)) {
        return Optional.of(name.principleId());
      }
    }
    return Optional.empty();
  }

  /**
   * The principle named at the start of a word list (for numbered items such as "2. Dialog Ökat
   * kunskapsutbyte …"), with the number of words the name takes.
   */
  Optional<Match> atStart(List<String> words) {
    for (Name name : names) {
      if (matchesAt(name, words, 0)) {
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
      if (!words.get(i).startsWith("princip") || !words.get(i + 1).equals("om")) {
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
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace("&", " och ").replace('+', ' ');
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
      boolean principleWord = word.equals("princip") || word.equals("principen") || word.equals("principerna");
      if (NUMBER.matcher(word).matches() || principleWord
          || (word.equals("om") && start > 0 && words.get(start - 1).startsWith("princip"))) {
        start++;
      } else {
        break;
      }
    }
    return words.subList(start, words.size());
  }

  private static boolean matchesAt(Name name, List<String> words, int offset) {
    if (offset + name.words().size() > words.size()) {
      return false;
    }
    for (int i = 0; i < name.words().size(); i++) {
      if (!sameWord(name.words().get(i), words.get(offset + i))) {
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
