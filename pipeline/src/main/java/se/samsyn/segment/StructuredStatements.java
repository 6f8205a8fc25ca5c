package se.samsyn.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samsyn.core.Block;
import se.samsyn.core.Location;
import se.samsyn.nlp.SentenceSplitter;

/**
 * Reads workshop notes, slides and reports, any document that is not a survey export: every line,
 * bullet or short paragraph becomes one statement, long prose is split into sentences, and each
 * statement keeps its section path (explicit or inferred headings, slide titles), location, speaker
 * prefix and the date of its section.
 */
final class StructuredStatements implements StatementReader {
  private static final Pattern LEADING_PARENTHESIS = Pattern.compile("^(\\([^()]{2,120}\\))\\s+(\\S.*)$");
  private static final Pattern SLIDE_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final int MIN_SLIDE_SEQUENCE = 3;
  private static final int INFERRED_LEVEL_BASE_UNDER_EXPLICIT = 10;

  private final SegmentationSettings settings;
  private final SentenceSplitter sentences;
  private final LineCleaner cleaner;
  private final Speakers speakers;

  StructuredStatements(SegmentationSettings settings, SentenceSplitter sentences, LineCleaner cleaner,
      Speakers speakers) {
    this.settings = settings;
    this.sentences = sentences;
    this.cleaner = cleaner;
    this.speakers = speakers;
  }

  /** Any document: this reader is the fallback, registered last. */
  @Override
  public boolean reads(String format) {
    return true;
  }

  @Override
  public void read(List<Line> lines, StatementSink sink) {
    boolean explicitHeadings = lines.stream().anyMatch(l -> l.kind() == Block.Kind.HEADING);
    int inferredBase = explicitHeadings ? INFERRED_LEVEL_BASE_UNDER_EXPLICIT : 1;
    Integer year = sink.documentDate() == null ? null : sink.documentDate().getYear();
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
    Optional<Speakers.Quote> quote = line.kind() == Block.Kind.TABLE_ROW ? Optional.empty() : speakers.quote(text);
    String speaker = quote.map(Speakers.Quote::speaker).orElse("");
    text = quote.map(Speakers.Quote::said).orElse(text);
    LocalDate date = sections.date();
    for (String piece : pieces(text)) {
      sink.add(piece, sections.path(), line.location(), speaker, date, Map.of());
    }
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
}
