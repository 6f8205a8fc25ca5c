package se.samsyn.analysis;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The forms a Swedish word takes at the start or in the middle of a compound, read from the
 * compound flags of the Hunspell sv_SE dictionary: entries flagged {@code COMPOUNDBEGIN} (X) or
 * {@code COMPOUNDMIDDLE} (U) as they are, and the forms that suffix rules with those flags build
 * from an entry ({@code kvalitet} → {@code kvalitets}, {@code skola} → {@code skol}). Each form
 * maps to the dictionary word it came from; entries that exist only inside compounds
 * ({@code arbets}) map to the word they are a form of ({@code arbete}). Lucene's Hunspell checks
 * compounds but does not say where they split, so Samsyn reads these flags itself. Reading them
 * takes seconds, so the build does it once ({@link CompoundFormsTable}) and writes the forms as two
 * tables ({@code compound-begin.tsv}, {@code compound-middle.tsv}: form, tab, word) beside this class.
 *
 * @param begin  compound-initial forms and the words they stand for
 * @param middle compound-medial forms and the words they stand for
 */
record CompoundForms(Map<String, String> begin, Map<String, String> middle) {
  static final char BEGIN = 'X';
  static final char MIDDLE = 'U';
  static final char END = 'Y';
  static final char ONLY_IN_COMPOUND = 'Z';
  private static final int MIN_NOUN = 2;
  private static final String BEGIN_TABLE = "compound-begin.tsv";
  private static final String MIDDLE_TABLE = "compound-middle.tsv";

  /** No compound forms at all. */
  static final CompoundForms NONE = new CompoundForms(Map.of(), Map.of());

  /** The word a compound-initial form stands for ({@code kvalitets} → {@code kvalitet}), or null. */
  String beginning(String form) {
    return begin.get(form);
  }

  /** The word a compound-medial form stands for, or null. */
  String middle(String form) {
    return middle.get(form);
  }

  /** Reads the tables the build wrote. */
  static CompoundForms read() {
    return new CompoundForms(readTable(BEGIN_TABLE), readTable(MIDDLE_TABLE));
  }

  /** Writes the tables into a folder, sorted by form. */
  void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    writeTable(begin, folder.resolve(BEGIN_TABLE));
    writeTable(middle, folder.resolve(MIDDLE_TABLE));
  }

  private static Map<String, String> readTable(String name) {
    Map<String, String> forms = new HashMap<>();
    try (InputStream in = CompoundForms.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name + " beside " + CompoundForms.class.getName()
            + " (the build writes it: mvn package)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        forms.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Swedish compound forms", e);
    }
    return forms;
  }

  private static void writeTable(Map<String, String> forms, Path file) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> form : new TreeMap<>(forms).entrySet()) {
        writer.write(form.getKey() + "\t" + form.getValue() + "\n");
      }
    }
  }

  /**
   * Reads the forms from the text of a Hunspell {@code .aff} and {@code .dic} file. {@code lemmaOf}
   * gives the lemma of a word that stands on its own, or null for other strings; {@code nounOf}
   * gives the lemma of a noun form, or null. A form stands for a noun when it is one, or is one
   * with a linking -s or without a final -e (besluts → beslut, not the verb besluta; brukar →
   * brukare, not bruka).
   */
  static CompoundForms parse(String affix, String words, Function<String, String> lemmaOf,
      Function<String, String> nounOf) throws IOException {
    Map<Character, List<Rule>> rules = suffixRules(affix);
    Map<String, String> begin = new HashMap<>();
    Map<String, String> middle = new HashMap<>();
    Map<String, String> compoundOnlyBegin = new HashMap<>();
    Map<String, String> compoundOnlyMiddle = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(words))) {
      reader.readLine(); // entry count
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int slash = line.indexOf('/');
        if (slash <= 0) {
          continue;
        }
        String word = line.substring(0, slash).toLowerCase(Locale.ROOT);
        int end = slash + 1;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
          end++;
        }
        String flags = line.substring(slash + 1, end); // morphological fields may follow
        if (flags.indexOf(ONLY_IN_COMPOUND) >= 0) {
          addForms(word, standalone(word, lemmaOf), flags, rules, compoundOnlyBegin, compoundOnlyMiddle);
        } else {
          addForms(word, word, flags, rules, begin, middle);
        }
      }
    }
    // a form derived from a full word (kvalitet → kvalitets) says more than a compound-only entry
    compoundOnlyBegin.forEach(begin::putIfAbsent);
    compoundOnlyMiddle.forEach(middle::putIfAbsent);
    return new CompoundForms(nounsFirst(begin, nounOf), nounsFirst(middle, nounOf));
  }

  private static Map<String, String> nounsFirst(Map<String, String> forms, Function<String, String> nounOf) {
    Map<String, String> result = new HashMap<>(forms);
    forms.forEach((form, lemma) -> {
      String stem = form.endsWith("s") ? form.substring(0, form.length() - 1) : form;
      for (String candidate : List.of(form, stem, form + "e")) {
        String noun = candidate.length() > MIN_NOUN ? nounOf.apply(candidate) : null;
        if (noun != null) {
          result.put(form, noun.toLowerCase(Locale.ROOT));
          break;
        }
      }
    });
    return Map.copyOf(result);
  }

  /**
   * The word a compound-only entry is a form of: samverkans → samverkan, arbets → arbete,
   * alarmklocks → alarmklocka, kvinno → kvinna.
   */
  private static String standalone(String form, Function<String, String> lemmaOf) {
    String stem = form.endsWith("s") ? form.substring(0, form.length() - 1) : form;
    String vowel = form.endsWith("o") || form.endsWith("u") ? form.substring(0, form.length() - 1) + "a" : form;
    for (String candidate : List.of(form, form + "e", form + "a", stem, stem + "e", stem + "a", vowel)) {
      String lemma = lemmaOf.apply(candidate);
      if (lemma != null) {
        return lemma.toLowerCase(Locale.ROOT);
      }
    }
    return form;
  }

  private static void addForms(String word, String lemma, String flags, Map<Character, List<Rule>> rules,
      Map<String, String> begin, Map<String, String> middle) {
    if (flags.indexOf(BEGIN) >= 0) {
      begin.putIfAbsent(word, lemma);
    }
    if (flags.indexOf(MIDDLE) >= 0) {
      middle.putIfAbsent(word, lemma);
    }
    for (int i = 0; i < flags.length(); i++) {
      for (Rule rule : rules.getOrDefault(flags.charAt(i), List.of())) {
        String form = rule.apply(word);
        if (form != null) {
          (rule.middle ? middle : begin).putIfAbsent(form, lemma);
        }
      }
    }
  }

  /** Suffix rules whose result may begin or continue a compound, by flag. */
  private static Map<Character, List<Rule>> suffixRules(String affix) throws IOException {
    Map<Character, List<Rule>> rules = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(affix))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 5 || !f[0].equals("SFX") || f[1].length() != 1) {
          continue;
        }
        String[] addAndFlags = f[3].split("/", 2);
        String continuation = addAndFlags.length > 1 ? addAndFlags[1] : "";
        boolean isBegin = continuation.indexOf(BEGIN) >= 0;
        boolean isMiddle = continuation.indexOf(MIDDLE) >= 0;
        if (isBegin || isMiddle) {
          rules.computeIfAbsent(f[1].charAt(0), k -> new ArrayList<>()).add(new Rule(
              f[2].equals("0") ? "" : f[2], addAndFlags[0].equals("0") ? "" : addAndFlags[0],
              Condition.parse(f[4]), isMiddle && !isBegin));
        }
      }
    }
    return rules;
  }

  private record Rule(String strip, String add, Condition condition, boolean middle) {
    String apply(String word) {
      if (!word.endsWith(strip) || !condition.matchesEndOf(word)) {
        return null;
      }
      String form = word.substring(0, word.length() - strip.length()) + add;
      return form.endsWith("-") || form.isEmpty() ? null : form;
    }
  }

  /**
   * A Hunspell affix condition: what the last letters of a word must be, one bracket group
   * ({@code [^ae]}, {@code [ab]}), letter or {@code .} per letter.
   */
  private record Condition(List<String> letters, List<Boolean> negated) {
    static Condition parse(String pattern) {
      List<String> letters = new ArrayList<>();
      List<Boolean> negated = new ArrayList<>();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '[') {
          int close = pattern.indexOf(']', i);
          boolean not = pattern.charAt(i + 1) == '^';
          letters.add(pattern.substring(i + (not ? 2 : 1), close));
          negated.add(not);
          i = close;
        } else {
          letters.add(c == '.' ? "" : String.valueOf(c));
          negated.add(c == '.');
        }
      }
      return new Condition(List.copyOf(letters), List.copyOf(negated));
    }

    boolean matchesEndOf(String word) {
      int offset = word.length() - letters.size();
      if (offset < 0) {
        return false;
      }
      for (int i = 0; i < letters.size(); i++) {
        boolean listed = letters.get(i).indexOf(word.charAt(offset + i)) >= 0;
        if (listed == negated.get(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
