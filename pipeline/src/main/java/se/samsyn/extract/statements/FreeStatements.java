package se.samsyn.extract.statements;

import java.util.List;

/**
 * Statements without structure (survey answers, comments) as {@code samsyn group} reads them, from
 * any file {@link FreeStatementReaders} reads.
 */
public final class FreeStatements {
  /**
   * One statement.
   *
   * @param id   its id as given, or its row/line number
   * @param text its text (may be empty)
   */
  public record Item(String id, String text) {}

  /** A row or line that could not be read, with its line number in the file. */
  public record Problem(long line, String reason) {}

  /** What a file held. */
  public record Contents(List<Item> items, List<Problem> problems) {
    public Contents {
      items = List.copyOf(items);
      problems = List.copyOf(problems);
    }
  }

  private FreeStatements() {}
}
