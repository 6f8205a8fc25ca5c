package se.samsyn.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What extraction made of one file: its blocks of text in reading order, or why there are none.
 *
 * @param source   the file
 * @param status   outcome
 * @param format   detected media type (e.g. {@code application/pdf}), or empty when unknown
 * @param metadata selected document metadata (title, created, author, ...)
 * @param blocks   structural text units; empty unless {@link ExtractionStatus#hasText()}
 * @param error    human-readable reason when not OK, otherwise empty
 */
public record Extraction(
    SourceFile source,
    ExtractionStatus status,
    String format,
    Map<String, String> metadata,
    List<Block> blocks,
    String error) {

  public Extraction {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(error, "error");
    metadata = Map.copyOf(metadata);
    blocks = List.copyOf(blocks);
    if (!status.hasText() && !blocks.isEmpty()) {
      throw new IllegalArgumentException(status + " extractions carry no blocks");
    }
  }

  public static Extraction failed(SourceFile source, ExtractionStatus status, String format, String error) {
    return new Extraction(source, status, format, Map.of(), List.of(), error);
  }
}
