package se.samsyn.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samsyn.core.Block;
import se.samsyn.core.Document;
import se.samsyn.core.Extraction;
import se.samsyn.core.Statement;
import se.samsyn.extract.Extractor;
import se.samsyn.segment.Segmenter;

/**
 * Answers of a survey export (CSV in any of its dialects and encodings, XLSX, ODS) read exactly as
 * {@code samsyn run} reads them: extracted by the run's extractor and cut into answers by its
 * segmenter, which detects the free-text column unless one is named.
 */
public final class TabularStatements {
  private TabularStatements() {}

  /**
   * Reads a table.
   *
   * @param textColumn the column of the answers (any case), or null to detect it as {@code run} does
   * @param idColumn   the column of the ids (any case), or null for {@code id} when there is one and
   *                   the data row number (1 for the row below the header) otherwise
   * @param segmenter  a segmenter set to read {@code textColumn}
   * @throws IllegalArgumentException when the file holds no readable table or lacks a named column
   */
  public static FreeStatements.Contents read(Path file, String textColumn, String idColumn, Extractor extractor,
      Segmenter segmenter) throws IOException {
    Extraction extraction = extractor.extract(InputScanner.describe(file));
    if (!extraction.status().hasText()) {
      throw new IllegalArgumentException("cannot read " + file + ": " + extraction.error());
    }
    List<String> header = extraction.blocks().stream().filter(b -> b.kind() == Block.Kind.TABLE_ROW)
        .findFirst().map(Block::cells)
        .orElseThrow(() -> new IllegalArgumentException(file + " holds no table with a header row"));
    if (textColumn != null) {
      column(file, header, textColumn);
    }
    String ids = idColumn != null ? column(file, header, idColumn)
        : find(header, "id").orElse(null);
    Document document = segmenter.segment(extraction);
    List<FreeStatements.Item> items = new ArrayList<>();
    for (Statement answer : document.statements()) {
      Map<String, String> row = answer.attributes();
      String id = ids != null && !row.getOrDefault(ids, "").isBlank() ? row.get(ids)
          : Integer.toString(answer.location().number() - 1);
      items.add(new FreeStatements.Item(id, answer.text()));
    }
    return new FreeStatements.Contents(items, List.of());
  }

  /** The header's spelling of a named column. */
  private static String column(Path file, List<String> header, String name) {
    return find(header, name).orElseThrow(() -> new IllegalArgumentException(file + " has no column '" + name
        + "' (its columns: " + String.join(", ", header.stream().map(String::strip).toList()) + ")"));
  }

  private static Optional<String> find(List<String> header, String name) {
    return header.stream().map(String::strip).filter(h -> h.equalsIgnoreCase(name.strip())).findFirst();
  }
}
