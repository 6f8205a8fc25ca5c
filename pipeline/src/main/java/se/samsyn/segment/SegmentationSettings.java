package se.samsyn.segment;

import java.util.List;

/**
 * Choices the user can make about segmentation.
 *
 * @param textColumns        free-text columns of survey exports; empty = detect
 * @param maxStatementWords  paragraphs longer than this are split into sentences
 */
public record SegmentationSettings(List<String> textColumns, int maxStatementWords) {
  public static final int DEFAULT_MAX_STATEMENT_WORDS = 40;

  public SegmentationSettings {
    textColumns = List.copyOf(textColumns);
    if (maxStatementWords < 1) {
      throw new IllegalArgumentException("maxStatementWords must be positive");
    }
  }

  public static SegmentationSettings defaults() {
    return new SegmentationSettings(List.of(), DEFAULT_MAX_STATEMENT_WORDS);
  }
}
