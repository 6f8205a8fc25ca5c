package se.samsyn.run;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable;

/**
 * The output folder of {@code samsyn run} ({@code --out}): where each of its files is, and the run
 * read back as coded statements. The one place that knows the folder's layout; the README documents
 * it as a contract.
 *
 * @param root the folder
 */
public record RunFolder(Path root) {
  public static final String DOCUMENTS = "documents.csv";
  public static final String STATEMENTS = "statements.csv";
  public static final String ERRORS = "errors.csv";
  public static final String MANIFEST = "run.json";
  public static final String EMERGING_THEMES = "emerging_themes.csv";
  /** Principle, other and theme counts over all statements. */
  public static final String THEMES = "themes.csv";
  public static final String THEMES_BY_DOCUMENT = "themes_by_document.csv";
  /** Principle, other and theme counts per statement kind (voice, official, prompt, heading). */
  public static final String THEMES_BY_KIND = "themes_by_kind.csv";
  /** Folder of the copies for Swedish Excel. */
  public static final String EXCEL = "excel";
  public static final String REPORT = "report.html";
  /** The Lucene index of the run's statements. */
  public static final String INDEX = "index";
  /** Analysts' codings and the review queue. */
  public static final String REVIEW = "review";
  /** Setting in run.json: the absolute folder the run was started in; relative sources resolve against it. */
  public static final String WORKING_DIRECTORY = "working_directory";
  /** The tables every run writes (errors.csv only when an input failed). */
  public static final List<String> TABLES = List.of(DOCUMENTS, STATEMENTS, EMERGING_THEMES, THEMES,
      THEMES_BY_DOCUMENT, THEMES_BY_KIND, ERRORS);

  public RunFolder {
    Objects.requireNonNull(root, "root");
  }

  /**
   * The run folder that holds an index folder: a run writes its index to {@value #INDEX} in its
   * folder, beside its tables.
   */
  public static RunFolder holding(Path indexFolder) {
    Path absolute = indexFolder.toAbsolutePath().normalize();
    return new RunFolder(absolute.getParent() == null ? absolute : absolute.getParent());
  }

  /**
   * The run folder a user named with {@code --index DIR}: DIR itself when it holds a run's tables,
   * else the run that holds DIR as its index.
   */
  public static RunFolder named(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    return Files.isRegularFile(absolute.resolve(STATEMENTS)) || Files.isRegularFile(absolute.resolve(MANIFEST))
        ? new RunFolder(absolute) : holding(absolute);
  }

  public Path statements() {
    return root.resolve(STATEMENTS);
  }

  public Path documents() {
    return root.resolve(DOCUMENTS);
  }

  public Path manifest() {
    return root.resolve(MANIFEST);
  }

  /** A name for the run in exports: the folder's name. */
  public String name() {
    return Objects.toString(root.getFileName(), root.toString());
  }

  /**
   * Every coded statement of the run, documents and statements in reading order, from its
   * {@code statements.csv}, which must have every column of {@link StatementTable}: outputs built
   * from it would otherwise lose what an older Samsyn did not write.
   *
   * @throws NoSuchFileException when the folder holds no run
   * @throws IOException         with a message for the user when the table is older or not a statements table
   */
  public List<CodedStatement> readStatements() throws IOException {
    return readStatements(true);
  }

  /**
   * The same from a table an older Samsyn may have written: its missing columns are empty, and a
   * statement without a kind is a participant's voice (as in an index written before kinds existed).
   * For what needs only the statements' text and principles: training examples, evaluation.
   */
  public List<CodedStatement> readOlderStatements() throws IOException {
    return readStatements(false);
  }

  private List<CodedStatement> readStatements(boolean complete) throws IOException {
    Path file = statements();
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no " + STATEMENTS + " (is it the --out folder of"
          + " 'samsyn run'?)");
    }
    List<CodedStatement> statements = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser rows = CsvTable.READ_FORMAT.parse(reader)) {
      List<String> missing = StatementTable.COLUMNS.stream().filter(c -> !rows.getHeaderMap().containsKey(c)).toList();
      if (complete && !missing.isEmpty()) {
        throw new IOException(file + " was written by an older Samsyn (it has no " + String.join(", ", missing)
            + "): run 'samsyn run' on the same input again (unchanged files come from its cache)");
      }
      for (CSVRecord row : rows) {
        statements.add(StatementTable.read(row));
      }
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException | UncheckedIOException e) {
      throw new IOException(file + " is not a statements table: " + e.getMessage(), e);
    }
    return statements;
  }

  /** The emerging themes the run wrote. */
  public EmergingThemeTable emergingThemes() {
    return new EmergingThemeTable(root.resolve(EMERGING_THEMES));
  }

  /** Source → SHA-256 of the inputs of the run in this folder, from its documents table (empty when none). */
  public Map<String, String> inputs() throws IOException {
    Map<String, String> inputs = new HashMap<>();
    if (!Files.isRegularFile(documents())) {
      return inputs;
    }
    try (Reader reader = Files.newBufferedReader(documents(), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CsvTable.READ_FORMAT.parse(reader)) {
        inputs.put(CsvTable.restore(row.get("source")), row.get("sha256"));
      }
    }
    return inputs;
  }
}
