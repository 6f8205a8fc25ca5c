package se.samsyn.core;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that was said, with the context it was said in.
 *
 * @param id          stable id: document id + ordinal
 * @param documentId  the document it belongs to
 * @param ordinal     position in the document, from 1
 * @param text        the statement text, cleaned of bullets, prefixes and emphasis markers
 * @param sectionPath headings above it, outermost first
 * @param location    page/slide/line/row, or null when the format has none
 * @param speaker     who said it when the line named a speaker or source ("Skåne", "VGR"), else empty
 * @param date        date of its section or document, or null when unknown
 * @param attributes  further facts about it, e.g. the other columns of a survey answer's row
 */
public record Statement(
    String id,
    String documentId,
    int ordinal,
    String text,
    List<String> sectionPath,
    Location location,
    String speaker,
    LocalDate date,
    Map<String, String> attributes) {
  /** What joins the headings of a section path where outputs write it. */
  public static final String SECTION_SEPARATOR = " > ";

  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(speaker, "speaker");
    sectionPath = List.copyOf(sectionPath);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a statement has text");
    }
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinals start at 1: " + ordinal);
    }
  }

  public static String idFor(String documentId, int ordinal) {
    return documentId + "-" + String.format(java.util.Locale.ROOT, "%04d", ordinal);
  }

  /** The section path as written in outputs: {@code "1. Dialog > Sammanfattning från 8 maj"}. */
  public String section() {
    return String.join(SECTION_SEPARATOR, sectionPath);
  }

  /** The section path of a section as {@link #section()} writes it; none for an empty one. */
  public static List<String> pathOf(String section) {
    return section.isEmpty() ? List.of() : List.of(section.split(SECTION_SEPARATOR, -1));
  }
}
