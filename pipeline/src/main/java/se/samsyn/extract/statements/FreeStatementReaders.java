package se.samsyn.extract.statements;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import se.samsyn.core.Document;
import se.samsyn.core.Extraction;
import se.samsyn.extract.statements.FreeStatements.Contents;

/**
 * Reads free statements for {@code samsyn group} with the reader for the file's type, asked in the
 * order below; a new kind of file is one reader and one line here, before the tables, which are
 * tried for any file.
 */
public final class FreeStatementReaders {
  private final List<FreeStatementReader> readers;

  /**
   * @param maxCharacters most characters read from a table
   * @param answers       cuts an extracted table into its answers: the segmenter of {@code samsyn run},
   *                      set to read the text column; asked only when the file is a table
   */
  public FreeStatementReaders(int maxCharacters, Function<Extraction, Document> answers) {
    readers = List.of(
        new JsonLinesStatements(),
        new TabularStatements(maxCharacters, answers));
  }

  /**
   * The statements of a file: a survey export (CSV in any dialect and encoding, XLSX, ODS; header
   * row) or JSON Lines.
   *
   * @param textField the column or field of the texts, or null for the free-text column as
   *                  {@code samsyn run} detects it, and {@code text} in JSON Lines
   * @param idField   the column or field of the ids, or null for {@code id} when there is one and the
   *                  row or line number otherwise
   * @throws IllegalArgumentException when the file holds no readable table or lacks a named column
   */
  public Contents read(Path file, String textField, String idField) throws IOException {
    return readers.stream().filter(reader -> reader.reads(file)).findFirst().orElseThrow()
        .read(file, textField, idField);
  }
}
