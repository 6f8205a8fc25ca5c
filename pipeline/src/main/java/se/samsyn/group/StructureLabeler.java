package se.samsyn.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.core.Assignment;
import se.samsyn.core.Method;

/**
 * Labels statements from the structure of their document: a heading in the section path naming a
 * principle (innermost first), a numbered item that starts with a principle name ("2. Dialog Ökat
 * kunskapsutbyte …", which then also covers the following statements of the same section up to the
 * next numbered item), and inline labels. Also gives each statement the text the classifier may see:
 * without inline labels and without the principle name of a numbered item.
 */
public final class StructureLabeler {
  private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*([.):])?\\s+");
  private static final Pattern ANY_ITEM_NUMBER = Pattern.compile("(?<!\\S)\\d+(?:\\.\\d+)*[.):]\\s+");
  /** A word as {@link PrincipleNames#words} counts them ("&" and "/" stand for "och"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[&/]");

  /**
   * One statement after structural labelling.
   *
   * @param input          the statement as given
   * @param text           its text without inline labels (what outputs show)
   * @param classifierText its text without any label or principle name the structure gave it
   * @param assignments    structural assignments; empty when the structure says nothing
   */
  public record Labelled(GroupingInput input, String text, String classifierText, List<Assignment> assignments) {
    public Labelled {
      assignments = List.copyOf(assignments);
    }

    /** A training example of the principles its structure gave it; only for a statement that has some. */
    public PrincipleClassifier.Example toExample() {
      if (assignments.isEmpty()) {
        throw new IllegalStateException("statement " + input.id() + " has no structural principle");
      }
      return new PrincipleClassifier.Example(classifierText, assignments.stream().map(Assignment::principleId).toList(),
          PrincipleClassifier.Source.STRUCTURE);
    }

    /** What the classifier reads of it: the classifier text in its passage. */
    public PrincipleClassifier.Text classifierInput() {
      return new PrincipleClassifier.Text(classifierText, input.contextKey());
    }
  }

  private final PrincipleNames names;
  private final InlineLabels inline;

  public StructureLabeler(PrincipleNames names) {
    this.names = names;
    this.inline = new InlineLabels(names);
  }

  /** Labels the statements of one document, given in reading order. */
  public List<Labelled> label(List<GroupingInput> document) {
    List<Labelled> out = new ArrayList<>();
    String scopeSection = null;
    String scopePrinciple = null;
    String scopeItem = null;
    // a document's statements stand under a few headings, each matched against the principle names once
    Map<String, Optional<String>> principleOfHeading = new HashMap<>();
    for (GroupingInput statement : document) {
      String section = String.join("\u0000", statement.sectionPath());
      if (!section.equals(scopeSection)) {
        scopePrinciple = null;
      }
      String text = statement.text();
      List<Assignment> assignments = new ArrayList<>();
      Optional<InlineLabels.Found> labels = inline.find(text);
      if (labels.isPresent()) {
        text = labels.get().text();
      }
      String classifierText = text;
      Matcher number = ITEM_NUMBER.matcher(text);
      Optional<PrincipleNames.Match> item = Optional.empty();
      boolean numbered = false;
      if (number.find()) {
        // "5 av 8 föreningar …" and "12 dialoger hölls …" start with a number but are no items: after a
        // bare number only a principle's name written in full ("3 Kvalitet …") makes one
        boolean bare = number.group(1) == null && !number.group().contains(".");
        item = numberedPrinciple(text.substring(number.end()), bare);
        numbered = !bare || item.isPresent();
      }
      if (numbered) {
        scopeSection = section;
        scopePrinciple = item.isPresent() && !isList(text) ? item.get().principleId() : null;
        scopeItem = scopePrinciple == null ? null : text.substring(0, number.end()).strip()
            + " " + wordsFrom(text.substring(number.end()), item.get().length());
        if (scopePrinciple != null) {
          classifierText = afterWords(text.substring(number.end()), item.get().length());
        }
      }
      Optional<Assignment> heading = heading(statement, principleOfHeading);
      if (heading.isPresent()) {
        assignments.add(heading.get());
      } else if (scopePrinciple != null) {
        assignments.add(new Assignment(statement.id(), scopePrinciple, 1, Method.HEADING, List.of(scopeItem)));
      } else if (labels.isPresent()) {
        for (String id : labels.get().principleIds()) {
          assignments.add(new Assignment(statement.id(), id, 1, Method.INLINE, labels.get().written()));
        }
      }
      out.add(new Labelled(statement, text.isBlank() ? statement.text() : text,
          classifierText.isBlank() ? text : classifierText, assignments));
    }
    return out;
  }

  private Optional<Assignment> heading(GroupingInput statement, Map<String, Optional<String>> principleOfHeading) {
    List<String> path = statement.sectionPath();
    for (int i = path.size() - 1; i >= 0; i--) {
      Optional<String> principle = principleOfHeading.computeIfAbsent(path.get(i), names::ofHeading);
      if (principle.isPresent()) {
        return Optional.of(new Assignment(statement.id(), principle.get(), 1, Method.HEADING, List.of(path.get(i))));
      }
    }
    return Optional.empty();
  }

  /**
   * The principle an item starts with; its length counts a "Principen om" before the name. With
   * {@code exactly}, only a capitalised name written in full counts ("Dialog", not "dialoger").
   */
  private Optional<PrincipleNames.Match> numberedPrinciple(String afterNumber, boolean exactly) {
    List<String> words = PrincipleNames.words(afterNumber);
    List<String> name = PrincipleNames.withoutPreamble(words);
    int preamble = words.size() - name.size();
    if (exactly && (afterNumber.isEmpty() || !Character.isUpperCase(afterNumber.codePointAt(0)))) {
      return Optional.empty();
    }
    return (exactly ? names.atStartExactly(name) : names.atStart(name))
        .map(m -> new PrincipleNames.Match(m.principleId(), m.length() + preamble));
  }

  /** "1. Integritet och oberoende 2. Dialog 3. Kvalitet …" lists principles; it speaks to none. */
  private boolean isList(String text) {
    Matcher number = ANY_ITEM_NUMBER.matcher(text);
    int named = 0;
    while (number.find()) {
      if (numberedPrinciple(text.substring(number.end()), false).isPresent()) {
        named++;
      }
    }
    return named > 1;
  }

  private static String wordsFrom(String text, int count) {
    return text.substring(0, endOfWords(text, count)).strip();
  }

  private static String afterWords(String text, int count) {
    return text.substring(endOfWords(text, count)).strip();
  }

  private static int endOfWords(String text, int count) {
    Matcher word = WORD.matcher(text);
    int end = 0;
    for (int i = 0; i < count && word.find(); i++) {
      end = word.end();
    }
    return end;
  }
}
