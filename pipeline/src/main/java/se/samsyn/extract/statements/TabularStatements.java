package se.samsyn.extract.statements;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.samsyn.core.Block;
import se.samsyn.core.Document;
import se.samsyn.core.Extraction;
import se.samsyn.core.SourceFile;
import se.samsyn.core.Statement;
import se.samsyn.extract.TikaExtractor;
import se.samsyn.extract.statements.FreeStatements.Contents;
import se.samsyn.extract.statements.FreeStatements.Item;

/**
 * Answers of a survey export (CSV in any of its dialects and encodings, XLSX, ODS) read exactly as
 * {@code samsyn run} reads them: extracted by Tika and cut into answers by the run's segmenter,
 * which detects the free-text column unless one is named.
 */
final class TabularStatements implements FreeStatementReader {
  private final int maxCharacters;
  private final Function<Extraction, Document> answers;

  /**
   * @param maxCharacters most characters read from the file
   * @param answers       cuts the extracted table into its answers: the segmenter of {@code run}, set
   *                      to read the text column
   */
  TabularStatements(int maxCharacters, Function<Extraction, Document> answers) {
    this.maxCharacters = maxCharacters;
    this.answers = answers;
  }

  /** Any file: this reader is the fallback, registered last; {@link #read} refuses a file without a table. */
  @Override
  public boolean reads(Path file) {
    return true;
  }

  /**
   * Reads the table; a null text column is detected as {@code run} detects it, and the row numbers
   * that stand in for missing ids count data rows (1 for the row below the header).
   */
  @Override
  public Contents read(Path file, String textColumn, String idColumn) throws IOException {
    // named by its content hash, as in samsyn run
    Extraction extraction = new TikaExtractor(maxCharacters).extract(SourceFile.read(file, file.toString()));
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
    Document document = answers.apply(extraction);
    List<Item> items = new ArrayList<>();
    for (Statement answer : document.statements()) {
      Map<String, String> row = answer.attributes();
      String id = ids != null && !row.getOrDefault(ids, "").isBlank() ? row.get(ids)
          : Integer.toString(answer.location().number() - 1);
      items.add(new Item(id, answer.text()));
    }
    return new Contents(items, List.of());
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
