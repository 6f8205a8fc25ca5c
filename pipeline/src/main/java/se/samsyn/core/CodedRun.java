package se.samsyn.core;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A grouped run as every output reads it: built once per run from the results and their grouping,
 * or read back from a run folder.
 *
 * @param results   one per input, in source order, failures included
 * @param documents the documents with text and their coded statements, in the same order
 * @param themes    the emerging themes of statements no principle covers
 */
public record CodedRun(List<DocumentResult> results, List<CodedDocument> documents, List<Theme> themes) {
  public CodedRun {
    results = List.copyOf(results);
    documents = List.copyOf(documents);
    themes = List.copyOf(themes);
  }

  /** Every coded statement, documents in order, statements in reading order. */
  public List<CodedStatement> statements() {
    return documents.stream().flatMap(d -> d.statements().stream()).toList();
  }

  /** Theme id → its label as shown to readers. */
  public Map<String, String> themeLabels() {
    return themes.stream().collect(Collectors.toMap(Theme::id, Theme::label));
  }
}
