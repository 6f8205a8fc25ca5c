package se.samsyn.extract.statements;

import java.io.IOException;
import java.nio.file.Path;
import se.samsyn.extract.statements.FreeStatements.Contents;

/** Reads the free statements of one kind of file. Readers are registered in {@link FreeStatementReaders}. */
interface FreeStatementReader {
  /** True for the files this reader reads, by their name. */
  boolean reads(Path file);

  /**
   * The file's statements, and the rows or lines it skipped.
   *
   * @param textField the column or field of the texts, or null for this reader's default
   * @param idField   the column or field of the ids, or null for {@code id} when there is one and the
   *                  row or line number otherwise
   * @throws IllegalArgumentException when the file holds nothing this reader can read, or lacks a
   *                                  named column
   */
  Contents read(Path file, String textField, String idField) throws IOException;
}
