package se.samsyn.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import se.samsyn.core.Checksums;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.StatementKind;

/**
 * The fields of a statement in the Lucene index, how a statement becomes a Lucene document and
 * how a stored document becomes a statement again.
 */
public final class StatementSchema {
  /** Lemmas and compound parts of the statement text (stored: the text itself). */
  public static final String TEXT = "text";
  /** Lower-cased written forms of the statement text, for phrases and exact matches. */
  public static final String EXACT = "exact";
  public static final String STATEMENT_ID = "statement_id";
  public static final String DOCUMENT_ID = "document_id";
  /** The document's file as shown in outputs. */
  public static final String SOURCE = "source";
  /** Lower-cased file name of the source, for filtering by name. */
  public static final String SOURCE_NAME = "source_name";
  public static final String TITLE = "title";
  public static final String SECTION = "section";
  public static final String LOCATION = "location";
  public static final String SPEAKER = "speaker";
  public static final String ORGANISATION = "organisation";
  /** Lower-cased organisation, for filtering. */
  public static final String ORGANISATION_KEY = "organisation_key";
  /** Epoch day: point for range filters, doc values, stored. */
  public static final String DATE = "date";
  /** Principle ids, one value each. */
  public static final String PRINCIPLE = "principle";
  public static final String METHOD = "method";
  /** Score of the top principle. */
  public static final String SCORE = "score";
  /** Emerging theme id of an unassigned statement. */
  public static final String THEME = "theme";
  /** The statement's kind: voice, official, prompt or heading (indexed, stored, a facet). */
  public static final String KIND = "kind";
  /**
   * Which fields a statement document has; part of every document fingerprint, so that a run
   * re-indexes documents written with fewer fields (before {@link #WORDS}; before {@link #ATTRIBUTES}
   * and one {@link #EVIDENCE} value a piece) instead of keeping them.
   */
  static final String LAYOUT = "statement-fields-3";
  /** Words of the statement's text (doc values), for the ranking prior that prefers statements with content. */
  public static final String WORDS = "words";
  /** 1 when the statement is a heading, else 0 (doc values), for the same prior. */
  public static final String IS_HEADING = "is_heading";
  /** What caused the principles: headings, inline labels or terms (stored only, one value a piece). */
  public static final String EVIDENCE = "evidence";
  /** Further facts of a survey answer, as {@link CodedStatement#attributesJson()} (stored only). */
  public static final String ATTRIBUTES = "attributes";
  /** Document id and fingerprint of its indexed content; see {@link #documentKey}. */
  static final String DOCUMENT_KEY = "document_key";

  /** The analysed text fields keep each term's offsets, so a hit is highlighted without re-analysing it. */
  private static final FieldType TEXT_WITH_OFFSETS = withOffsets(TextField.TYPE_STORED);
  private static final FieldType EXACT_WITH_OFFSETS = withOffsets(TextField.TYPE_NOT_STORED);

  /** Facet dimensions, counted over every hit of a search. */
  public static final String FACET_PRINCIPLE = "principle";
  public static final String FACET_DOCUMENT = "document";
  public static final String FACET_ORGANISATION = "organisation";
  public static final String FACET_YEAR = "year";
  public static final String FACET_KIND = "kind";
  public static final List<String> FACETS =
      List.of(FACET_PRINCIPLE, FACET_KIND, FACET_DOCUMENT, FACET_ORGANISATION, FACET_YEAR);

  private StatementSchema() {}

  /** The facet settings used for indexing and counting. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_PRINCIPLE, true);
    return config;
  }

  /**
   * The document's id and a fingerprint of everything indexed for it: equal keys mean the index
   * already holds exactly these statements.
   */
  static String documentKey(CodedDocument document) {
    MessageDigest digest = Checksums.digest();
    digest.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
    for (CodedStatement s : document.statements()) {
      for (Object field : List.of(s.statementId(), s.source(), s.title(), s.section(), s.location(),
          s.speaker(), s.organisation(), Objects.toString(s.date(), ""), s.text(),
          String.join(",", s.principles()), s.method(), Double.toString(s.score()), s.theme(), s.evidenceText(),
          s.kind().label(), s.attributesJson())) {
        digest.update(field.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
    }
    return document.documentId() + "/" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  static Document toDocument(CodedStatement s, String documentKey) {
    Document doc = new Document();
    doc.add(new StringField(DOCUMENT_KEY, documentKey, Field.Store.NO));
    doc.add(new StringField(STATEMENT_ID, s.statementId(), Field.Store.YES));
    doc.add(new StringField(DOCUMENT_ID, s.documentId(), Field.Store.YES));
    doc.add(new StringField(SOURCE, s.source(), Field.Store.YES));
    doc.add(new StringField(SOURCE_NAME, fileName(s.source()), Field.Store.NO));
    doc.add(new StoredField(TITLE, s.title()));
    doc.add(new StoredField(SECTION, s.section()));
    doc.add(new StoredField(LOCATION, s.location()));
    doc.add(new StoredField(SPEAKER, s.speaker()));
    doc.add(new StoredField(ORGANISATION, s.organisation()));
    doc.add(new StringField(ORGANISATION_KEY, s.organisation().toLowerCase(Locale.ROOT), Field.Store.NO));
    doc.add(new StringField(METHOD, s.method(), Field.Store.YES));
    doc.add(new StoredField(SCORE, s.score()));
    doc.add(new StringField(THEME, s.theme(), Field.Store.YES));
    s.evidence().forEach(piece -> doc.add(new StoredField(EVIDENCE, piece)));
    if (!s.attributes().isEmpty()) {
      doc.add(new StoredField(ATTRIBUTES, s.attributesJson()));
    }
    doc.add(new StringField(KIND, s.kind().label(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(FACET_KIND, s.kind().label()));
    doc.add(new NumericDocValuesField(WORDS, words(s.text())));
    doc.add(new NumericDocValuesField(IS_HEADING, s.kind() == StatementKind.HEADING ? 1 : 0));
    doc.add(new Field(TEXT, s.text(), TEXT_WITH_OFFSETS));
    doc.add(new Field(EXACT, s.text(), EXACT_WITH_OFFSETS));
    doc.add(new SortedSetDocValuesFacetField(FACET_DOCUMENT, s.source()));
    for (String principle : s.principles()) {
      doc.add(new StringField(PRINCIPLE, principle, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(FACET_PRINCIPLE, principle));
    }
    if (!s.organisation().isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(FACET_ORGANISATION, s.organisation()));
    }
    if (s.date() != null) {
      long day = s.date().toEpochDay();
      doc.add(new LongPoint(DATE, day));
      doc.add(new NumericDocValuesField(DATE, day));
      doc.add(new StoredField(DATE, day));
      doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(s.date().getYear())));
    }
    return doc;
  }

  /** The statement a stored Lucene document holds. */
  public static CodedStatement fromStored(Document doc) {
    IndexableField day = doc.getField(DATE);
    IndexableField score = doc.getField(SCORE);
    return new CodedStatement(doc.get(STATEMENT_ID), doc.get(DOCUMENT_ID), doc.get(SOURCE),
        doc.get(TITLE), doc.get(SECTION), doc.get(LOCATION), doc.get(SPEAKER), doc.get(ORGANISATION),
        day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()), doc.get(TEXT),
        Arrays.asList(doc.getValues(PRINCIPLE)), doc.get(METHOD),
        score == null ? 0 : score.numericValue().doubleValue(), Objects.toString(doc.get(THEME), ""),
        Arrays.asList(doc.getValues(EVIDENCE)), kindOf(doc),
        CodedStatement.attributesOf(Objects.toString(doc.get(ATTRIBUTES), "")));
  }

  /** The stored kind; an index written before kinds existed holds none, and its statements count as voices. */
  private static StatementKind kindOf(Document doc) {
    return doc.get(KIND) == null ? StatementKind.VOICE : StatementKind.of(doc.get(KIND));
  }

  /** Tokens between ASCII whitespace (the regex class {@code \s}) with at least one letter or digit. */
  static int words(String text) {
    int words = 0;
    boolean countedThisToken = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        countedThisToken = false;
      } else if (!countedThisToken && Character.isLetterOrDigit(c)) {
        words++;
        countedThisToken = true;
      }
      i += Character.charCount(c);
    }
    return words;
  }

  /** The lower-cased last path element of a source: {@code in/Workshop.docx} → {@code workshop.docx}. */
  public static String fileName(String source) {
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    return name.toLowerCase(Locale.ROOT);
  }

  private static FieldType withOffsets(FieldType text) {
    FieldType type = new FieldType(text);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
