package se.samsyn.export.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.Method;
import se.samsyn.core.StatementKind;
import se.samsyn.core.Version;
import se.samsyn.export.refi.SourceText.Span;
import se.samsyn.group.HumanCoding;
import se.samsyn.models.Codebook;

/**
 * Writes the coded statements of a run as a REFI-QDA project ({@code .qdpx}, QDA-XML 1.0): a zip with
 * {@code project.qde} and one plain-text file per document in {@code Sources/}. The codebook's
 * principles are the codes; every document is a text source whose text is rebuilt from its
 * statements (see {@link SourceText}); every statement with principles is a coded segment (a
 * {@code PlainTextSelection} over exactly its text) with one coding per principle, and its method,
 * score and evidence in the segment's description. Emerging themes are codes under one parent
 * code, so principle codings stay countable on their own; so are the statement kinds, and every coded
 * segment is also coded with its kind. GUIDs are name-based and the zip entries
 * carry a fixed time, so two exports of the same run are byte for byte identical.
 */
public final class QdpxExport {
  public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
  public static final String PROJECT_ENTRY = "project.qde";
  public static final String SOURCES_FOLDER = "Sources/";
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);
  private static final String USER = RefiGuid.of("user", "samsyn");
  private static final Logger LOG = LoggerFactory.getLogger(QdpxExport.class);

  /**
   * What an export wrote.
   *
   * @param codes            codes, the parent of the emerging themes included
   * @param sources          text sources (documents)
   * @param segments         coded segments (statements with a principle or an emerging theme)
   * @param principleCodings codings with a principle (one per principle of a statement)
   * @param themeCodings     codings with an emerging theme
   * @param kindCodings      codings with a statement kind (one per segment)
   */
  public record Summary(int codes, int sources, int segments, int principleCodings, int themeCodings,
      int kindCodings) {}

  /** One document: its statements in reading order and its rebuilt text. */
  private record Source(String guid, String name, List<CodedStatement> statements, SourceText text) {}

  private final Codebook codebook;
  private final List<Source> sources;
  private final RefiCodes codes;

  private QdpxExport(Codebook codebook, List<Source> sources, RefiCodes codes) {
    this.codebook = codebook;
    this.sources = sources;
    this.codes = codes;
  }

  /**
   * The project of a run's coded statements, each document's statements in reading order.
   *
   * @param codebook    names and defines the principles
   * @param themeLabels label of each emerging theme by id; themes without one are named by their id
   */
  public static QdpxExport of(List<CodedStatement> statements, Codebook codebook, Map<String, String> themeLabels) {
    Map<String, List<CodedStatement>> byDocument = new LinkedHashMap<>();
    statements.forEach(s -> byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
    List<Source> sources = sources(byDocument);
    return new QdpxExport(codebook, sources, codes(codebook, themeLabels, sources));
  }

  /** What {@link #write} writes. */
  public Summary summary() {
    int segments = 0;
    int principleCodings = 0;
    int themeCodings = 0;
    for (Source source : sources) {
      for (CodedStatement statement : source.statements()) {
        Map<String, String> codings = codings(statement);
        segments += codings.isEmpty() ? 0 : 1;
        principleCodings += statement.principles().size();
        themeCodings += statement.theme().isEmpty() ? 0 : 1;
      }
    }
    return new Summary(codes.count(), sources.size(), segments, principleCodings, themeCodings, segments);
  }

  /** Writes the project, named {@code name}, as a .qdpx zip. */
  public void write(String name, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    entry(zip, PROJECT_ENTRY);
    writeProject(zip, name);
    zip.closeEntry();
    for (Source source : sources) {
      entry(zip, SOURCES_FOLDER + source.guid() + ".txt");
      zip.write(source.text().text().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }

  /** The documents ordered by source, each with its statements in reading order. */
  private static List<Source> sources(Map<String, List<CodedStatement>> byDocument) {
    Map<String, Long> nameCounts = new HashMap<>();
    byDocument.values().forEach(s -> nameCounts.merge(fileName(s.getFirst().source()), 1L, Long::sum));
    return byDocument.values().stream()
        .sorted(Comparator.comparing((List<CodedStatement> s) -> s.getFirst().source())
            .thenComparing(s -> s.getFirst().documentId()))
        .map(ordered -> {
          CodedStatement first = ordered.getFirst();
          String fileName = fileName(first.source());
          // a file name that several documents share would not tell them apart: use the whole source
          return new Source(RefiGuid.of("source", first.documentId()),
              nameCounts.get(fileName) > 1 ? first.source() : fileName, ordered, SourceText.of(first.title(), ordered));
        })
        .toList();
  }

  private static RefiCodes codes(Codebook codebook, Map<String, String> themeLabels, List<Source> sources) {
    TreeSet<String> unknown = new TreeSet<>();
    Map<String, String> themes = new TreeMap<>();
    Set<StatementKind> kinds = EnumSet.noneOf(StatementKind.class);
    for (Source source : sources) {
      for (CodedStatement s : source.statements()) {
        kinds.add(s.kind());
        s.principles().stream().filter(p -> codebook.principle(p).isEmpty()).forEach(unknown::add);
        if (!s.theme().isEmpty()) {
          themes.put(s.theme(), themeLabels.getOrDefault(s.theme(), s.theme()));
        }
      }
    }
    if (!unknown.isEmpty()) {
      LOG.warn("the codebook {} lacks principles the statements carry: {}; they get codes named by their id",
          codebook.label(), String.join(", ", unknown));
    }
    return new RefiCodes(codebook, List.copyOf(unknown), new LinkedHashMap<>(themes), List.copyOf(kinds));
  }

  private void writeProject(OutputStream out, String name) throws IOException {
    try (RefiXml xml = RefiXml.start(out, NAMESPACE, "Project")) {
      xml.attribute("name", name).attribute("origin", "Samsyn " + Version.current())
          .attribute("creatingUserGUID", USER);
      xml.start("Users").empty("User").attribute("guid", USER).attribute("name", "Samsyn");
      for (String reviewer : reviewers()) {
        xml.empty("User").attribute("guid", RefiGuid.of("user", reviewer)).attribute("name", reviewer);
      }
      xml.end();
      if (codes.count() > 0) {
        xml.start("CodeBook");
        codes.write(xml);
        xml.end();
      }
      if (!sources.isEmpty()) {
        xml.start("Sources");
        for (Source source : sources) {
          writeSource(xml, source);
        }
        xml.end();
      }
      xml.text("Description", String.format(Locale.ROOT, "Exported by Samsyn %s: %d documents, codebook %s."
          + " Each coded segment is one statement; its description gives how Samsyn assigned it"
          + " (method heading, inline, classifier or human: coded in review by the coding's user), the score and the evidence. Codes under \"%s\" are"
          + " emerging themes, not principles; codes under \"%s\" say what a statement is (a participant's"
          + " voice, official text, a question to participants, a heading).", Version.current(), sources.size(),
          codebook.label(), RefiCodes.THEMES_CODE, RefiCodes.KINDS_CODE));
    }
  }

  private void writeSource(RefiXml xml, Source source) throws IOException {
    CodedStatement first = source.statements().getFirst();
    xml.start("TextSource").attribute("guid", source.guid()).attribute("name", source.name())
        .attribute("plainTextPath", "internal://" + source.guid() + ".txt").attribute("creatingUser", USER);
    xml.text("Description", lines("title", first.title(), "source", first.source(),
        "document_id", first.documentId(), "organisation", first.organisation(),
        "statements", Integer.toString(source.statements().size())));
    for (CodedStatement statement : source.statements()) {
      Map<String, String> codings = codings(statement);
      if (codings.isEmpty()) {
        continue;
      }
      Span span = source.text().spans().get(statement.statementId());
      xml.start("PlainTextSelection").attribute("guid", RefiGuid.of("selection", statement.statementId()))
          .attribute("name", statement.statementId())
          .attribute("startPosition", Integer.toString(span.start()))
          .attribute("endPosition", Integer.toString(span.end())).attribute("creatingUser", USER);
      xml.text("Description", memo(statement));
      for (Map.Entry<String, String> coding : codings.entrySet()) {
        boolean principle = !coding.getKey().startsWith("theme:");
        xml.start("Coding").attribute("guid", RefiGuid.of("coding", statement.statementId(), coding.getKey()))
            .attribute("creatingUser", principle ? user(statement) : USER);
        xml.empty("CodeRef").attribute("targetGUID", coding.getValue());
        xml.end();
      }
      xml.end();
    }
    xml.end();
  }

  /** The reviewers of the statements coded in review (method {@code human}), sorted. */
  private TreeSet<String> reviewers() {
    TreeSet<String> reviewers = new TreeSet<>();
    sources.forEach(source -> source.statements().stream().map(QdpxExport::reviewer).filter(r -> !r.isEmpty())
        .forEach(reviewers::add));
    return reviewers;
  }

  /** Who made a statement's principle codings: its reviewer when coded in review, else Samsyn. */
  private static String user(CodedStatement statement) {
    String reviewer = reviewer(statement);
    return reviewer.isEmpty() ? USER : RefiGuid.of("user", reviewer);
  }

  private static String reviewer(CodedStatement statement) {
    return statement.method().equals(Method.HUMAN.label()) ? HumanCoding.reviewerOf(statement.evidenceText()) : "";
  }

  /** GUID of each code a statement is coded with, by principle id, {@code theme:<id>} or {@code kind:<kind>}. */
  private Map<String, String> codings(CodedStatement statement) {
    Map<String, String> codings = new LinkedHashMap<>();
    statement.principles().forEach(p -> codings.put(p, codes.principleGuid(p)));
    if (!statement.theme().isEmpty()) {
      codings.put("theme:" + statement.theme(), RefiCodes.themeGuid(statement.theme()));
    }
    if (!codings.isEmpty()) {
      codings.put("kind:" + statement.kind().label(), RefiCodes.kindGuid(statement.kind()));
    }
    return codings;
  }

  /** The memo of a coded segment, as {@code column: value} lines named like statements.csv. */
  private static String memo(CodedStatement s) {
    return lines("principles", String.join(";", s.principles()), "method", s.method(),
        "score", String.format(Locale.ROOT, "%.3f", s.score()), "evidence", s.evidenceText(), "theme", s.theme(),
        "kind", s.kind().label(),
        "statement_id", s.statementId(), "section", s.section(), "location", s.location(),
        "speaker", s.speaker(), "date", s.date() == null ? "" : s.date().toString());
  }

  /** {@code key: value} lines of the non-empty values among alternating keys and values. */
  private static String lines(String... keysAndValues) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!keysAndValues[i + 1].isBlank()) {
        lines.add(keysAndValues[i] + ": " + keysAndValues[i + 1]);
      }
    }
    return String.join("\n", lines);
  }

  private static void entry(ZipOutputStream zip, String name) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
  }

  /** The last path element of a source, as written: {@code in/Workshop.docx} → {@code Workshop.docx}. */
  private static String fileName(String source) {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }
}
