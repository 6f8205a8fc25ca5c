package se.samsyn.group;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit labels inside a statement: "(Principen om kvalitet)", "(Principerna om dialog, öppenhet
 * och insyn, mångfald)", "[Princip: dialog]", "(Principer: kvalitet; långsiktighet)". They name the
 * principles the statement serves and are not part of what was said, so they are taken out of the
 * text; a bracket that names no principle ("(principen gäller alla)") stays.
 */
final class InlineLabels {
  private static final Pattern LABEL = Pattern.compile(
      "(?<!\\s)\\s*[(\\[]\\s*(?i:princip(?:en|erna|er)?)(?:\\s+(?i:om)\\s+|\\s*:\\s*|\\s+)([^()\\[\\]]{1,200})[)\\]]\\s*");
  private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]]");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;/]\\s*");
  private static final Pattern AND = Pattern.compile("\\s+(?:och|&)\\s+|\\s*&\\s*", Pattern.CASE_INSENSITIVE);

  /** A statement's text without its labels, the principles named and the labels as written. */
  record Found(String text, List<String> principleIds, List<String> written) {}

  private final PrincipleNames names;

  InlineLabels(PrincipleNames names) {
    this.names = names;
  }

  /** Empty when the text has no label naming a known principle. */
  Optional<Found> find(String text) {
    Matcher matcher = LABEL.matcher(text);
    Set<String> ids = new LinkedHashSet<>();
    List<String> written = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    while (matcher.find()) {
      List<String> named = principles(matcher.group(1));
      if (named.isEmpty()) {
        continue;
      }
      ids.addAll(named);
      written.add(matcher.group().strip());
      boolean joinsWords = matcher.start() > 0 && matcher.end() < text.length()
          && !CLOSING_PUNCTUATION.matcher(text.substring(matcher.end(), matcher.end() + 1)).matches();
      matcher.appendReplacement(rest, joinsWords ? " " : "");
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    matcher.appendTail(rest);
    return Optional.of(new Found(rest.toString().strip(), List.copyOf(ids), written));
  }

  private List<String> principles(String list) {
    List<String> ids = new ArrayList<>();
    for (String item : LIST_SEPARATOR.split(list.strip())) {
      Optional<String> whole = names.ofHeading(item);
      if (whole.isPresent()) {
        ids.add(whole.get());
        continue;
      }
      for (String part : AND.split(item)) {
        names.ofHeading(part).ifPresent(ids::add);
      }
    }
    return ids;
  }
}
