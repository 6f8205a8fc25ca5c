package se.samsyn.segment;

import java.util.List;
import se.samsyn.nlp.SentenceSplitter;

/**
 * The statement readers, asked in this order; a new kind of document is one reader and one line
 * here, before {@link StructuredStatements}, which reads any document.
 */
final class StatementReaders {
  private final List<StatementReader> readers;

  StatementReaders(SegmentationSettings settings, SentenceSplitter sentences, LineCleaner cleaner,
      Speakers speakers) {
    readers = List.of(
        new SurveyStatements(settings),
        new StructuredStatements(settings, sentences, cleaner, speakers));
  }

  /** The first reader that reads documents of this format. */
  StatementReader of(String format) {
    return readers.stream().filter(reader -> reader.reads(format)).findFirst().orElseThrow();
  }
}
