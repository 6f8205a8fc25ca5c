package se.samsyn.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samsyn.core.Block;
import se.samsyn.core.Document;
import se.samsyn.core.Extraction;
import se.samsyn.core.Location;
import se.samsyn.core.Statement;
import se.samsyn.nlp.LanguageIdentifier;
import se.samsyn.nlp.SentenceSplitter;
import se.samsyn.nlp.SwedishLexicon;

/**
 * Segments workshop material: every workshop line, bullet or short paragraph becomes one
 * statement, long prose is split into sentences, and each statement keeps its section path
 * (explicit or inferred headings), location, speaker prefix and the date of its section.
 */
public final class WorkshopSegmenter implements Segmenter {
  private static final Pattern SPEAKER = Pattern.compile(
      "^(\\p{Lu}[\\p{L}\\d.&/-]*(?:\\s+[\\p{L}\\d.&/-]+){0,2}):\\s+(\\S.*)$");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i).*\\b(är|och|att|som|för|med|det|den|de|vi|ska|kan|har|var|om|på|till|i|en|ett)\\b.*");
  private static final Pattern LEADING_PARENTHESIS = Pattern.compile("^(\\([^()]{2,120}\\))\\s+(\\S.*)$");
  private static final Pattern SLIDE_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final int MIN_SLIDE_SEQUENCE = 3;
  private static final int INFERRED_LEVEL_BASE_UNDER_EXPLICIT = 10;

  private final SegmentationSettings settings;
  private final SentenceSplitter sentences;
  private final LanguageIdentifier languages;
  private final SwedishLexicon lexicon;
  private final LineCleaner cleaner;

  public WorkshopSegmenter(SegmentationSettings settings, SentenceSplitter sentences,
      LanguageIdentifier languages, SwedishLexicon lexicon) {
    this.settings = Objects.requireNonNull(settings);
    this.sentences = Objects.requireNonNull(sentences);
    this.languages = Objects.requireNonNull(languages);
    this.lexicon = Objects.requireNonNull(lexicon);
    this.cleaner = new LineCleaner(lexicon);
  }

  @Override
  public Document segment(Extraction extraction) {
    String id = extraction.source().documentId();
    if (!extraction.status().hasText()) {
      return new Document(id, extraction.source(), extraction.format(), "", null, "", "", List.of());
    }
    LineReader reader = new LineReader(cleaner);
    List<Line> lines = reader.joinedAcrossPages(withoutNoise(reader.read(extraction.blocks())));
    LocalDate date = documentDate(extraction.metadata(), lines);
    StatementSink sink = new StatementSink(id, date);
    if (SurveyTable.SPREADSHEET_FORMATS.contains(extraction.format())) {
      surveyStatements(lines, sink);
    } else {
      structuredStatements(lines, sink);
    }
    String title = DocumentTitle.of(extraction, lines);
    String text = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    // Quotes from other organisations ("Skåne: ...") say little about whose document this is.
    String ownText = lines.stream().map(Line::text).filter(l -> !startsWithSpeaker(l))
        .collect(Collectors.joining("\n"));
    return new Document(id, extraction.source(), extraction.format(), title, date,
        OrganisationFinder.find(ownText), languages.identify(text), sink.statements);
  }

  private static List<Line> withoutNoise(List<Line> lines) {
    int pageCount = lines.stream().mapToInt(WorkshopSegmenter::page).max().orElse(0);
    List<List<String>> pages = new ArrayList<>();
    for (int page = 0; page < pageCount; page++) {
      pages.add(new ArrayList<>());
    }
    for (Line line : lines) {
      if (page(line) > 0) {
        pages.get(page(line) - 1).add(line.text());
      }
    }
    NoiseFilter noise = NoiseFilter.forPages(pages);
    return lines.stream().filter(l -> l.kind() == Block.Kind.TABLE_ROW || !noise.isNoise(l.text(), page(l)))
        .filter(l -> !LineCleaner.stripEmphasis(LineCleaner.stripBullet(l.text())).isBlank())
        .toList();
  }

  private static int page(Line line) {
    return line.location() != null && line.location().unit() == Location.Unit.PAGE ? line.location().number() : 0;
  }

  private void surveyStatements(List<Line> lines, StatementSink sink) {
    List<List<String>> table = new ArrayList<>();
    for (Line line : lines) {
      if (line.kind() == Block.Kind.TABLE_ROW) {
        if (line.location() != null && line.location().number() == 1 && !table.isEmpty()) {
          addAnswers(table, sink);
          table.clear();
        }
        table.add(line.cells());
      }
    }
    if (!table.isEmpty()) {
      addAnswers(table, sink);
    }
  }

  private void addAnswers(List<List<String>> table, StatementSink sink) {
    for (SurveyTable.Answer answer : new SurveyTable(table).answers(settings.textColumns())) {
      sink.add(answer.text(), List.of(answer.question()), Location.row(answer.row()), answer.who(),
          answer.date(), answer.attributes());
    }
  }

  private void structuredStatements(List<Line> lines, StatementSink sink) {
    boolean explicitHeadings = lines.stream().anyMatch(l -> l.kind() == Block.Kind.HEADING);
    int inferredBase = explicitHeadings ? INFERRED_LEVEL_BASE_UNDER_EXPLICIT : 1;
    Integer year = sink.documentDate == null ? null : sink.documentDate.getYear();
    List<Line> located = locateSlides(lines);
    SectionTracker sections = new SectionTracker();
    // Numbered headings nest under a chapter only when it opens with them ("Principer" then
    // "1. Dialog"); after an introduction in prose they start a new top-level section.
    boolean chapterIntroducesNumbering = false;
    Location slide = null;
    for (int i = 0; i < located.size(); i++) {
      Line line = located.get(i);
      Line next = i + 1 < located.size() ? located.get(i + 1) : null;
      if (isNewSlide(line, slide)) {
        slide = line.location();
        sections.closeFrom(1);
        if (isSlideTitle(line, next)) {
          sections.enter(inferredBase, clean(line.text()), null);
          continue;
        }
      }
      if (line.kind() == Block.Kind.HEADING) {
        sections.enter(line.headingLevel(), clean(line.text()), headingDate(line.text(), year));
        continue;
      }
      if (line.kind() == Block.Kind.TEXT) {
        // Inside a dated workshop summary, a short line before a long one is still a statement.
        HeadingRules.Kind heading = HeadingRules.classify(clean(line.text()),
            next == null ? null : clean(next.text()), !explicitHeadings, sections.date() != null);
        if (heading != null) {
          if (heading == HeadingRules.Kind.CHAPTER) {
            chapterIntroducesNumbering = next != null
                && HeadingRules.classify(clean(next.text()), null, false, false) == HeadingRules.Kind.NUMBERED;
          }
          int level = inferredBase + heading.ordinal()
              - (heading != HeadingRules.Kind.CHAPTER && !chapterIntroducesNumbering ? 1 : 0);
          sections.enter(level, clean(line.text()), headingDate(line.text(), year));
          continue;
        }
      }
      addStatements(line, sections, sink);
    }
  }

  private void addStatements(Line line, SectionTracker sections, StatementSink sink) {
    String text = cleaner.repairHyphenation(clean(line.text()));
    String speaker = "";
    Matcher prefix = SPEAKER.matcher(text);
    if (line.kind() != Block.Kind.TABLE_ROW && prefix.matches() && isSpeaker(prefix.group(1), prefix.group(2))) {
      speaker = prefix.group(1);
      text = prefix.group(2);
    }
    LocalDate date = sections.date();
    for (String piece : pieces(text)) {
      sink.add(piece, sections.path(), line.location(), speaker, date, Map.of());
    }
  }

  /**
   * "Skåne:", "VGR:", "Region Kalmar:" and "Processledarnas anmärkning:" name who speaks;
   * "Definition:" or "Mandat:" (a single ordinary word) introduce a term, and "Målet är:" a clause.
   */
  private boolean startsWithSpeaker(String line) {
    Matcher prefix = SPEAKER.matcher(line);
    return prefix.matches() && isSpeaker(prefix.group(1), prefix.group(2));
  }

  /** A quote after a speaker starts like a sentence; "Tema: lista, av, ord" is no quote. */
  private boolean isSpeaker(String prefix, String said) {
    if (NOT_A_NAME.matcher(prefix).matches() || Character.isLowerCase(said.codePointAt(0))) {
      return false;
    }
    return prefix.contains(" ") || !lexicon.isCommonWord(prefix);
  }

  /** A short text is one statement; long prose becomes its sentences. */
  private List<String> pieces(String text) {
    if (HeadingRules.words(text) <= settings.maxStatementWords()) {
      return List.of(text);
    }
    List<String> result = new ArrayList<>();
    for (String sentence : sentences.split(text)) {
      sentence = LineCleaner.stripBullet(sentence);
      Matcher parenthesis = LEADING_PARENTHESIS.matcher(sentence);
      // A label such as "(Principen om dialog)" closes the sentence before it.
      if (!result.isEmpty() && (parenthesis.matches() || isParenthetical(sentence))) {
        String label = parenthesis.matches() ? parenthesis.group(1) : sentence;
        int last = result.size() - 1;
        result.set(last, result.get(last) + " " + label);
        sentence = parenthesis.matches() ? parenthesis.group(2) : "";
      }
      if (!sentence.isBlank()) {
        result.add(sentence);
      }
    }
    return result;
  }

  private static boolean isParenthetical(String sentence) {
    return sentence.startsWith("(") && sentence.endsWith(")") && sentence.indexOf(')') == sentence.length() - 1;
  }

  private static String clean(String text) {
    return LineCleaner.stripEmphasis(LineCleaner.stripBullet(text));
  }

  /**
   * Plain-text renderings of slide decks number their slides at the line start ("13 6 Principer
   * ..."): a run of at least three lines numbered 1, 2, 3, ... marks slides, and the number moves
   * from the text into the location.
   */
  private static List<Line> locateSlides(List<Line> lines) {
    if (lines.stream().anyMatch(l -> l.location() != null && l.location().unit() != Location.Unit.LINE)) {
      return lines;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = SLIDE_NUMBER.matcher(lines.get(i).text());
      boolean candidate = lines.get(i).kind() == Block.Kind.TEXT && lines.get(i).paragraphStart();
      if (candidate && m.matches() && Integer.parseInt(m.group(1)) == starts.size() + 1) {
        starts.add(i);
      }
    }
    if (starts.size() < MIN_SLIDE_SEQUENCE) {
      return lines;
    }
    List<Line> located = new ArrayList<>(lines);
    for (int s = 0; s < starts.size(); s++) {
      int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
      for (int i = starts.get(s); i < end; i++) {
        located.set(i, located.get(i).withLocation(Location.slide(s + 1)));
      }
      Matcher m = SLIDE_NUMBER.matcher(lines.get(starts.get(s)).text());
      m.matches();
      located.set(starts.get(s), located.get(starts.get(s)).withText(m.group(2)));
    }
    return located;
  }

  private static boolean isNewSlide(Line line, Location current) {
    return line.location() != null && line.location().unit() == Location.Unit.SLIDE
        && !line.location().equals(current);
  }

  /** A slide's first line is its title when it is short and more of the slide follows. */
  private static boolean isSlideTitle(Line line, Line next) {
    String text = clean(line.text());
    return line.kind() != Block.Kind.TABLE_ROW && next != null && line.location().equals(next.location())
        && HeadingRules.words(text) <= 10 && !text.matches(".*[.!;,]$");
  }

  private static LocalDate headingDate(String heading, Integer year) {
    return SwedishDates.firstDate(heading, year).orElse(null);
  }

  /** A date in the opening lines (the title area), else the file's creation date, else any date. */
  private static LocalDate documentDate(Map<String, String> metadata, List<Line> lines) {
    String opening = lines.stream().limit(20).map(Line::text).collect(Collectors.joining("\n"));
    Optional<LocalDate> date = SwedishDates.firstFullDate(opening);
    if (date.isEmpty()) {
      date = SwedishDates.fromTimestamp(metadata.get("created"));
    }
    if (date.isEmpty()) {
      date = SwedishDates.firstFullDate(lines.stream().map(Line::text).collect(Collectors.joining("\n")));
    }
    return date.orElse(null);
  }

  /** Numbers statements in reading order and fills in the document's id and fallback date. */
  private static final class StatementSink {
    private final String documentId;
    private final LocalDate documentDate;
    private final List<Statement> statements = new ArrayList<>();

    StatementSink(String documentId, LocalDate documentDate) {
      this.documentId = documentId;
      this.documentDate = documentDate;
    }

    void add(String text, List<String> section, Location location, String speaker, LocalDate date,
        Map<String, String> attributes) {
      if (text.isBlank()) {
        return;
      }
      int ordinal = statements.size() + 1;
      statements.add(new Statement(Statement.idFor(documentId, ordinal), documentId, ordinal,
          text.strip(), section, location, speaker, date == null ? documentDate : date, attributes));
    }
  }
}
