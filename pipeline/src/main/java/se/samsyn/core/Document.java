package se.samsyn.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A segmented document: its metadata and the statements found in it.
 *
 * @param id           stable id, see {@link SourceFile#documentId()}
 * @param source       the file it came from
 * @param format       media type
 * @param title        title from metadata or the first heading; may be empty
 * @param date         document date from metadata or text, or null
 * @param organisation organisation or region the text names most, or empty
 * @param language     ISO 639-1 code of the detected language, or empty when unsure
 * @param statements   statements in reading order
 */
public record Document(
    String id,
    SourceFile source,
    String format,
    String title,
    LocalDate date,
    String organisation,
    String language,
    List<Statement> statements) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(language, "language");
    statements = List.copyOf(statements);
  }
}
