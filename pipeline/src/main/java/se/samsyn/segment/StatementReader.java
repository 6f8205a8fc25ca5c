package se.samsyn.segment;

import java.util.List;

/**
 * Makes the statements of one kind of document from its lines, which the segmenter has cleared of
 * noise; the title, date, organisation and language of the document are the segmenter's. Readers
 * are registered in {@link StatementReaders}.
 */
interface StatementReader {
  /** True for the documents this reader reads, by the format extraction reported (a media type). */
  boolean reads(String format);

  /** Adds the document's statements to the sink in reading order. */
  void read(List<Line> lines, StatementSink sink);
}
