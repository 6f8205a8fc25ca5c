package se.samsyn.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samsyn.core.Block;
import se.samsyn.core.Document;
import se.samsyn.core.Extraction;
import se.samsyn.core.Location;
import se.samsyn.nlp.LanguageIdentifier;
import se.samsyn.nlp.SentenceSplitter;
import se.samsyn.nlp.SwedishLexicon;

/**
 * Segments workshop material: joins and cleans a document's lines, drops page noise, and finds its
 * title, date, organisation and language; the {@link StatementReader} for its format makes the
 * statements (one per survey answer, or per line, bullet and sentence of notes, slides and reports).
 */
public final class WorkshopSegmenter implements Segmenter {
  private final LanguageIdentifier languages;
  private final LineCleaner cleaner;
  private final Speakers speakers;
  private final StatementReaders statementReaders;

  public WorkshopSegmenter(SegmentationSettings settings, SentenceSplitter sentences,
      LanguageIdentifier languages, SwedishLexicon lexicon) {
    this.languages = Objects.requireNonNull(languages);
    this.cleaner = new LineCleaner(Objects.requireNonNull(lexicon));
    this.speakers = new Speakers(lexicon);
    this.statementReaders = new StatementReaders(Objects.requireNonNull(settings), Objects.requireNonNull(sentences),
        cleaner, speakers);
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
    statementReaders.of(extraction.format()).read(lines, sink);
    String title = DocumentTitle.of(extraction, lines);
    String text = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    // Quotes from other organisations ("Skåne: ...") say little about whose document this is.
    String ownText = lines.stream().map(Line::text).filter(l -> speakers.quote(l).isEmpty())
        .collect(Collectors.joining("\n"));
    return new Document(id, extraction.source(), extraction.format(), title, date,
        OrganisationFinder.find(ownText), languages.identify(text), sink.statements());
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
}
