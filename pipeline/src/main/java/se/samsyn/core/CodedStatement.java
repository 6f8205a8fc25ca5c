package se.samsyn.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A statement as every output reads it: its text, where it was said, and the principles it was
 * assigned to. Built once per run (or read back from a run folder); the index, the exports, the
 * report, search and the web page all take it.
 *
 * @param statementId  stable statement id
 * @param documentId   id of its document
 * @param source       the document's file as shown in outputs
 * @param title        document title, or empty
 * @param section      section path as written in outputs ("2. Dialog > Sammanfattning från 8 maj")
 * @param location     page, slide, line or row, or empty
 * @param speaker      who said it, or empty
 * @param organisation organisation the document names most, or empty
 * @param date         date of the statement or its document, or null
 * @param text         the statement
 * @param principles   ids of the principles it is assigned to (empty until grouping assigns them)
 * @param method       how the principles were assigned ({@code heading}, {@code classifier}), or empty
 * @param score        score of the top principle (1 for structure, the probability for the classifier), 0
 *                     when ungrouped
 * @param theme        id of the emerging theme of an unassigned statement, or empty
 * @param evidence     the headings, inline labels or terms that caused its principles
 * @param kind         what it is in its material: a participant's voice, official text, a prompt or a heading
 * @param attributes   further columns of a survey answer (column name → value), or empty
 */
public record CodedStatement(
    String statementId,
    String documentId,
    String source,
    String title,
    String section,
    String location,
    String speaker,
    String organisation,
    LocalDate date,
    String text,
    List<String> principles,
    String method,
    double score,
    String theme,
    List<String> evidence,
    StatementKind kind,
    Map<String, String> attributes) {
  /** What separates the pieces of evidence where outputs show them as one text. */
  public static final String EVIDENCE_SEPARATOR = " | ";
  private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

  public CodedStatement {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(kind, "kind");
    principles = List.copyOf(principles);
    evidence = List.copyOf(evidence);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A grouped statement: its text without inline labels, its principles and how they were assigned. */
  public static CodedStatement of(Document document, Statement statement, StatementKind kind,
      StatementGroups groups) {
    return of(document, statement, kind).grouped(groups);
  }

  /** A grouped statement that belongs to no document: an answer {@code samsyn group} read. */
  public static CodedStatement withoutDocument(String id, StatementKind kind, StatementGroups groups) {
    return new CodedStatement(id, "", "", "", "", "", "", "", null, groups.text(), List.of(), "", 0, "", List.of(),
        kind, Map.of()).grouped(groups);
  }

  /** A statement of a segmented document, with no principles assigned. */
  public static CodedStatement of(Document document, Statement statement, StatementKind kind) {
    return new CodedStatement(statement.id(), document.id(), document.source().source(), document.title(),
        statement.section(), Objects.toString(statement.location(), ""), statement.speaker(),
        document.organisation(), statement.date() != null ? statement.date() : document.date(),
        statement.text(), List.of(), "", 0, "", List.of(), kind, statement.attributes());
  }

  /** The attributes as outputs write them: a JSON object, or empty when there are none. */
  public String attributesJson() {
    try {
      return attributes.isEmpty() ? "" : Json.MAPPER.writeValueAsString(attributes);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a map of strings is always JSON", e);
    }
  }

  /**
   * Attributes from what {@link #attributesJson()} wrote; an {@link IllegalArgumentException} when
   * it is not a JSON object of strings.
   */
  public static Map<String, String> attributesOf(String json) {
    try {
      return json.isEmpty() ? Map.of() : Json.MAPPER.readValue(json, ATTRIBUTES);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("attributes are not a JSON object of strings (" + e.getOriginalMessage()
          + ")", e);
    }
  }

  /** The evidence as outputs show it, joined by {@value #EVIDENCE_SEPARATOR}. */
  public String evidenceText() {
    return String.join(EVIDENCE_SEPARATOR, evidence);
  }

  private CodedStatement grouped(StatementGroups groups) {
    return new CodedStatement(statementId, documentId, source, title, section, location, speaker, organisation,
        date, groups.text(), groups.assignments().stream().map(Assignment::principleId).toList(),
        groups.method().label(), groups.score(), groups.theme(), groups.evidence(), kind, attributes);
  }
}
