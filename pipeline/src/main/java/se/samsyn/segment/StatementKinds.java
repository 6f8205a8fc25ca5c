package se.samsyn.segment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samsyn.core.Document;
import se.samsyn.core.Location;
import se.samsyn.core.SameText;
import se.samsyn.core.Statement;
import se.samsyn.core.StatementKind;

/**
 * Decides the {@link StatementKind} of every statement of a run from structure alone, never from
 * the wording of particular material:
 * <ul>
 *   <li>Participants speak in survey rows, feedback e-mails (up to the closing or a quoted earlier
 *       message), sections that hold their output
 *       ("Sammanfattning från 8 maj", "Synpunkter", "Grupp 2", "Kommentarer"; a meeting's or a
 *       consultation response's notes, "Dialogmöte i Åbyn", "Remissvar från …", unless they are
 *       slides) of Swedish documents,
 *       after a speaker label
 *       that names a participant ("Grupp 3:", "Deltagare:") and in plain notes without headings.</li>
 *   <li>Everything else in a document is its own text (agreement, slides, framing), and so is a
 *       remark quoted from a public body ("Region X:", "X kommun:", "VGR:") or a sentence that an
 *       official text of the same run also holds (a quoted agreement).</li>
 *   <li>Outside participants' sections, questions, exclamations put to the audience, statements under
 *       a heading that puts statements to them ("Opinionsbarometer", "Påståenden", "Vad tycker du?")
 *       and short lines repeated within one document (answer options) are prompts; titles, labels ending in ":",
 *       capitals-only lines and short lines found in several documents are headings.</li>
 * </ul>
 */
public final class StatementKinds {
  private static final Pattern VOICE_SECTION = Pattern.compile("(?<!\\p{L})(sammanfattning|synpunkt|kommentar"
      + "|diskussion|workshop|grupp|svar|reflektion|tankar|tanke|åsikt|citat|anteckning|deltagar|gruppdiskussion)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Notes of a meeting hold what was said there, unless they are the slides shown at it. */
  private static final Pattern MEETING = Pattern.compile("(?<!\\p{L})(\\p{L}*möte|\\p{L}*träff|samråd|remissvar"
      + "|yttrande)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PARTICIPANT = Pattern.compile("(?<!\\p{L})(grupp|bord|deltagar|participant|group"
      + "|processledar|respondent|anonym)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROMPT_SECTION = Pattern.compile("(?<!\\p{L})(\\p{L}*barometer|påstående|frågor till"
      + "|fråga till|ta ställning|håller (du|ni) med|vad tycker (du|ni)|instämmer)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The line where an e-mail's own words end: its closing or the header of a quoted earlier message. */
  private static final Pattern EMAIL_END = Pattern.compile("^((med )?vänlig(a)? hälsning(ar)?|hälsningar|mvh"
      + "|(best|kind) regards)\\b.*|.*\\b(skrev|wrote):$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> EMAIL_FORMATS = Set.of("message/rfc822", "application/vnd.ms-outlook");
  private static final int SHORT = 6;
  private static final int HEADING_WORDS = 4;
  private static final int QUOTE_WORDS = 6;

  private StatementKinds() {}

  /** The kind of every statement of the documents, by statement id. */
  public static Map<String, StatementKind> of(List<Document> documents) {
    List<List<SameText.Keyed>> keyed = documents.stream()
        .map(d -> d.statements().stream().map(s -> SameText.keyed(s.text())).toList()).toList();
    List<Set<String>> voiced = documents.stream().map(StatementKinds::voicedStatements).toList();
    Map<String, Integer> documentsPerShortText = new HashMap<>();
    Set<String> officialTexts = new HashSet<>();
    for (int d = 0; d < documents.size(); d++) {
      Set<String> seen = new HashSet<>();
      List<Statement> statements = documents.get(d).statements();
      for (int i = 0; i < statements.size(); i++) {
        SameText.Keyed text = keyed.get(d).get(i);
        if (seen.add(text.key()) && text.words() <= HEADING_WORDS) {
          documentsPerShortText.merge(text.key(), 1, Integer::sum);
        }
        if (!voiced.get(d).contains(statements.get(i).id()) && text.words() >= QUOTE_WORDS) {
          officialTexts.add(text.key());
        }
      }
    }
    Map<String, StatementKind> kinds = new LinkedHashMap<>();
    Map<String, String> headingKeys = new HashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      Document document = documents.get(d);
      Map<String, Integer> repeats = new HashMap<>();
      keyed.get(d).forEach(text -> repeats.merge(text.key(), 1, Integer::sum));
      Set<String> titleKeys = DocumentTitle.lines(document.title()).stream().map(SameText::key)
          .collect(Collectors.toSet());
      for (int i = 0; i < document.statements().size(); i++) {
        Statement s = document.statements().get(i);
        SameText.Keyed text = keyed.get(d).get(i);
        kinds.put(s.id(), kind(s, text, namesItsContext(s, text.key(), titleKeys, headingKeys),
            voiced.get(d).contains(s.id()), repeats.get(text.key()) > 1,
            documentsPerShortText.getOrDefault(text.key(), 0) > 1, officialTexts.contains(text.key())));
      }
    }
    return kinds;
  }

  private static StatementKind kind(Statement s, SameText.Keyed keyed, boolean namesItsContext, boolean voiced,
      boolean repeatedInDocument, boolean inSeveralDocuments, boolean alsoOfficial) {
    String text = s.text().strip();
    int words = keyed.words();
    if (isSurveyAnswer(s)) {
      return StatementKind.VOICE;
    }
    if (text.endsWith(":") && words <= 12 || namesItsContext) {
      return StatementKind.HEADING;
    }
    if (voiced) {
      return alsoOfficial || quotesPublicBody(s.speaker()) ? StatementKind.OFFICIAL : StatementKind.VOICE;
    }
    if (text.endsWith("?") || text.endsWith("!") && words > HEADING_WORDS || repeatedInDocument && words <= SHORT
        || s.sectionPath().stream().anyMatch(h -> PROMPT_SECTION.matcher(h).find())) {
      return StatementKind.PROMPT;
    }
    if (words <= HEADING_WORDS && inSeveralDocuments || words <= 8 && isCapitals(text)) {
      return StatementKind.HEADING;
    }
    return StatementKind.OFFICIAL;
  }

  /**
   * The ids of the statements that stand where participants speak in this document. A title that
   * names participants' output ("Anteckningar från dialogmötet") makes the whole document theirs
   * unless some of its sections name that output themselves (then only those are).
   */
  private static Set<String> voicedStatements(Document document) {
    Set<String> voiced = new HashSet<>();
    // Material in another language than the analysis (a README beside the data) is framing, not voices.
    boolean swedish = document.language().isEmpty() || document.language().equals("sv");
    boolean email = EMAIL_FORMATS.contains(document.format());
    boolean slides = document.statements().stream().anyMatch(StatementKinds::onSlide);
    Predicate<String> namesVoices = heading -> swedish
        && (VOICE_SECTION.matcher(heading).find() || !slides && MEETING.matcher(heading).find());
    boolean voiceSections = document.statements().stream().anyMatch(s -> s.sectionPath().stream().anyMatch(namesVoices));
    boolean wholeDocument = swedish && isPlainNotes(document) || !voiceSections && namesVoices.test(document.title());
    for (Statement s : document.statements()) {
      if (email && EMAIL_END.matcher(s.text().strip()).matches()) {
        break;
      }
      if (wholeDocument || email || isSurveyAnswer(s)
          || !s.speaker().isEmpty() && PARTICIPANT.matcher(s.speaker()).find()
          || s.sectionPath().stream().anyMatch(namesVoices)) {
        voiced.add(s.id());
      }
    }
    return voiced;
  }

  /** A row of a survey export: its speaker is the respondent's organisation, whatever body that is. */
  private static boolean isSurveyAnswer(Statement s) {
    return s.location() != null && s.location().unit() == Location.Unit.ROW;
  }

  /** Notes without headings or slides: a list of remarks rather than a structured text. */
  private static boolean isPlainNotes(Document document) {
    return document.statements().stream().allMatch(s -> s.sectionPath().isEmpty() && !onSlide(s));
  }

  private static boolean onSlide(Statement s) {
    return s.location() != null && s.location().unit() == Location.Unit.SLIDE;
  }

  /**
   * True when the text (its {@link SameText} key) is the document's title (or its title line) or one of the
   * headings it stands under; {@code headingKeys} holds the keys of the headings seen so far.
   */
  private static boolean namesItsContext(Statement s, String key, Set<String> titleKeys,
      Map<String, String> headingKeys) {
    return titleKeys.contains(key)
        || s.sectionPath().stream().anyMatch(h -> headingKeys.computeIfAbsent(h, SameText::key).equals(key));
  }

  private static boolean isCapitals(String text) {
    long letters = text.chars().filter(Character::isLetter).count();
    return letters >= 2 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /** True for a speaker label that names a region, municipality or other public body. */
  private static boolean quotesPublicBody(String speaker) {
    return !speaker.isEmpty() && !OrganisationFinder.find(speaker).isEmpty()
        || speaker.matches("\\p{Lu}{2,5}");
  }
}
