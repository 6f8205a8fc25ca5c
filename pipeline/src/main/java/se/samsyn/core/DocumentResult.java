package se.samsyn.core;

import java.util.Objects;

/**
 * The outcome of processing one input file: its extraction status and, when text was found,
 * the segmented document (which then holds the statements).
 */
public record DocumentResult(Document document, ExtractionStatus status, String error) {
  public DocumentResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
  }

  public SourceFile source() {
    return document.source();
  }

  /** The same result for a file with identical content found under another name. */
  public DocumentResult withSource(SourceFile source) {
    Document d = document;
    return new DocumentResult(new Document(d.id(), source, d.format(), d.title(), d.date(),
        d.organisation(), d.language(), d.statements()), status, error);
  }
}
