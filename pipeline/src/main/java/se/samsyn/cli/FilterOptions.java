package se.samsyn.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Option;
import se.samsyn.core.Method;
import se.samsyn.core.StatementKind;
import se.samsyn.models.Codebook;
import se.samsyn.search.SearchFilters;

/** The statement filters shared by the commands that read an index ({@code search}, {@code themes}). */
final class FilterOptions {
  @Option(names = "--principle", paramLabel = "ID", description = "Only statements assigned to this principle (id or name).")
  private String principle;

  @Option(names = "--document", paramLabel = "DOC", description = "Only this document (file name, source or document id).")
  private String document;

  @Option(names = "--organisation", paramLabel = "NAME", description = "Only documents of this organisation.")
  private String organisation;

  @Option(names = "--from", paramLabel = "DATE", description = "Only statements dated on or after DATE (yyyy-mm-dd).")
  private String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only statements dated on or before DATE (yyyy-mm-dd).")
  private String to;

  @Option(names = "--method", paramLabel = "METHOD",
      description = "Only statements whose principles were assigned by heading, inline, classifier or human (review).")
  private String method;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only statements of this kind: voice, official, prompt or heading.")
  private String kind;

  /** The filters, with the principle resolved in {@code codebook}; a value that cannot be read is a usage error. */
  SearchFilters filters(Codebook codebook) {
    String principleId = null;
    if (principle != null) {
      principleId = codebook.principleId(principle).orElseThrow(
          () -> new UsageException("unknown principle '" + principle + "' (see the codebook for ids and names)"));
    }
    try {
      return new SearchFilters(principleId, document, organisation, date("--from", from), date("--to", to),
          method(), kind == null ? null : StatementKind.of(kind));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private String method() {
    if (method == null) {
      return null;
    }
    try {
      return Method.valueOf(method.strip().toUpperCase(Locale.ROOT)).label();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--method is heading, inline, classifier or human, not '" + method + "'");
    }
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " takes a date such as 2018-05-29, not '" + value + "'");
    }
  }
}
