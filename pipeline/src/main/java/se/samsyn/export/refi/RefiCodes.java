package se.samsyn.export.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samsyn.core.StatementKind;
import se.samsyn.core.Version;
import se.samsyn.models.Codebook.Principle;
import se.samsyn.models.Codebook;

/**
 * The codes of a Samsyn export: one code per principle (named in Swedish; English name, id,
 * definitions and aliases in its description), and optionally the emerging themes as codes under
 * one parent code that is itself not codable, and the statement kinds (voice, official text, prompt,
 * heading) as codes under another such parent, so a researcher can tell participants' voices from
 * agreement text. Also writes the codebook alone as a stand-alone
 * REFI-QDA codebook ({@code .qdc}).
 */
public final class RefiCodes {
  /** Namespace of a stand-alone REFI-QDA codebook file. */
  public static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
  /** Name of the parent code of the emerging themes. */
  public static final String THEMES_CODE = "Framväxande teman (Samsyn)";
  /** Name of the parent code of the statement kinds. */
  public static final String KINDS_CODE = "Slag av uttalande (Samsyn)";
  /** The name of each kind's code. */
  private static final Map<StatementKind, String> KIND_NAMES = Map.of(StatementKind.VOICE, "Deltagarröst",
      StatementKind.OFFICIAL, "Officiell text", StatementKind.PROMPT, "Fråga till deltagarna",
      StatementKind.HEADING, "Rubrik");

  private static final List<String> COLORS = List.of("#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD",
      "#8C564B", "#E377C2", "#BCBD22", "#17BECF", "#AEC7E8", "#FFBB78", "#98DF8A");
  private static final String THEME_COLOR = "#999999";

  private final Codebook codebook;
  private final List<String> unknownPrinciples;
  private final Map<String, String> themes;
  private final List<StatementKind> kinds;

  /**
   * @param unknownPrinciples principle ids that statements carry but the codebook lacks; each gets a
   *                          code named by its id
   * @param themes            label of each emerging theme to add, by theme id, in the order to write
   * @param kinds             the statement kinds to add as codes (none for a codebook alone)
   */
  public RefiCodes(Codebook codebook, List<String> unknownPrinciples, Map<String, String> themes,
      List<StatementKind> kinds) {
    this.codebook = codebook;
    this.unknownPrinciples = List.copyOf(unknownPrinciples);
    this.themes = themes;
    this.kinds = List.copyOf(kinds);
  }

  /** The codebook's principles only. */
  public static RefiCodes of(Codebook codebook) {
    return new RefiCodes(codebook, List.of(), Map.of(), List.of());
  }

  /** GUID of a principle's code: the same for every export with a codebook of this id. */
  String principleGuid(String principleId) {
    return RefiGuid.of("code", codebook.id(), principleId);
  }

  /** GUID of an emerging theme's code. */
  static String themeGuid(String themeId) {
    return RefiGuid.of("theme", themeId);
  }

  /** GUID of a statement kind's code. */
  static String kindGuid(StatementKind kind) {
    return RefiGuid.of("kind", kind.label());
  }

  /** How many codes {@link #write} writes. */
  int count() {
    return codebook.principles().size() + unknownPrinciples.size() + (themes.isEmpty() ? 0 : 1 + themes.size())
        + (kinds.isEmpty() ? 0 : 1 + kinds.size());
  }

  /** Writes the {@code Codes} element (nothing when there are no codes: the schema wants at least one). */
  void write(RefiXml xml) throws IOException {
    if (count() == 0) {
      return;
    }
    xml.start("Codes");
    List<Principle> principles = codebook.principles();
    for (int i = 0; i < principles.size(); i++) {
      Principle principle = principles.get(i);
      code(xml, principleGuid(principle.id()), principle.nameSv(), COLORS.get(i % COLORS.size()), true)
          .text("Description", description(principle)).end();
    }
    for (String id : unknownPrinciples) {
      code(xml, principleGuid(id), id, THEME_COLOR, true)
          .text("Description", id + ": a principle of the statements that the codebook "
              + codebook.label() + " does not have.").end();
    }
    if (!themes.isEmpty()) {
      code(xml, RefiGuid.of("themes"), THEMES_CODE, THEME_COLOR, false).text("Description",
          "Emerging themes: statements that fit no principle, clustered by Samsyn and named by their"
              + " most typical words. Not principles; count them apart.");
      for (Map.Entry<String, String> theme : themes.entrySet()) {
        code(xml, themeGuid(theme.getKey()), theme.getValue(), THEME_COLOR, true)
            .text("Description", "Emerging theme " + theme.getKey()).end();
      }
      xml.end();
    }
    if (!kinds.isEmpty()) {
      code(xml, RefiGuid.of("kinds"), KINDS_CODE, THEME_COLOR, false).text("Description",
          "What each statement is, decided by Samsyn from the material's structure: a participant's voice,"
              + " official text (agreements, quoted agreements, slides), a question put to participants, or a"
              + " heading. Not principles; use them to keep voices apart.");
      for (StatementKind kind : kinds) {
        code(xml, kindGuid(kind), KIND_NAMES.get(kind), THEME_COLOR, true)
            .text("Description", "Statement kind " + kind.label()).end();
      }
      xml.end();
    }
    xml.end();
  }

  /** Writes the codebook alone: root {@code CodeBook} in the stand-alone codebook namespace. */
  public void writeCodebook(OutputStream out) throws IOException {
    try (RefiXml xml = RefiXml.start(out, CODEBOOK_NAMESPACE, "CodeBook")) {
      xml.attribute("origin", "Samsyn " + Version.current());
      write(xml);
    }
  }

  private static RefiXml code(RefiXml xml, String guid, String name, String color, boolean codable)
      throws IOException {
    return xml.start("Code").attribute("guid", guid).attribute("name", name)
        .attribute("isCodable", Boolean.toString(codable)).attribute("color", color);
  }

  /** English name and id, the definitions in English and Swedish, and the aliases. */
  static String description(Principle principle) {
    List<String> parts = new ArrayList<>();
    parts.add(principle.nameEn() + " (" + principle.id() + ")");
    for (String definition : List.of(principle.definition(), principle.definitionSv())) {
      if (!definition.isBlank()) {
        parts.add(definition.strip());
      }
    }
    if (!principle.aliases().isEmpty()) {
      parts.add("Alias: " + String.join("; ", principle.aliases()));
    }
    return String.join("\n\n", parts);
  }
}
