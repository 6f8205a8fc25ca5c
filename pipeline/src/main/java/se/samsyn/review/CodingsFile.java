package se.samsyn.review;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.AtomicFiles;
import se.samsyn.run.RunFolder;

/**
 * {@code OUT/review/codings.csv}, the reviewers' codings of a run (UTF-8, header
 * {@code statement_id,principles,reviewer,coded_at,text_sha256}; one coding per line; the last line
 * of a statement wins). Each coding is appended and forced to disk under an exclusive file lock, so
 * what was acknowledged survives a crash and concurrent writers (tabs, servers) never interleave.
 * Hand-written files need only {@code statement_id} and {@code principles}.
 */
public final class CodingsFile {
  public static final String FOLDER = RunFolder.REVIEW;
  public static final String FILE = "codings.csv";
  public static final List<String> COLUMNS = List.of("statement_id", "principles", "reviewer", "coded_at", "text_sha256");
  /** Beside the file: the lock all writers take, which stays while the file may be replaced. */
  private static final String LOCK = ".codings.lock";
  private static final CSVFormat LINE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  /** A line that could not be read, with its line number. */
  public record Problem(long line, String reason) {}

  /**
   * What the file holds.
   *
   * @param codings  the last coding of each statement, in the order of those last lines
   * @param problems lines that are not codings
   */
  public record Contents(List<Coding> codings, List<Problem> problems) {
    public Contents {
      codings = List.copyOf(codings);
      problems = List.copyOf(problems);
    }
  }

  private final Path file;

  public CodingsFile(Path file) {
    this.file = file;
  }

  /** The codings file of a run's output folder. */
  public static CodingsFile of(Path runFolder) {
    return new CodingsFile(runFolder.resolve(FOLDER).resolve(FILE));
  }

  public Path path() {
    return file;
  }

  /**
   * Appends one coding and forces it to disk; returns when it is safe. A file whose header lacks some
   * of the columns (hand-written) is first rewritten with all of them, its lines kept.
   */
  public void append(Coding coding) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    try (FileChannel lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock lock = lock(lockChannel)) {
      List<String> header = header();
      if (header != null && !header.containsAll(COLUMNS)) {
        rewriteWithAllColumns(header);
        header = COLUMNS;
      }
      StringBuilder text = new StringBuilder();
      if (header == null) {
        text.append(line(COLUMNS));
        header = COLUMNS;
      }
      Map<String, String> cells = Map.of("statement_id", coding.statementId(), "principles", coding.principlesCell(),
          "reviewer", coding.reviewer(), "coded_at", coding.codedAt(), "text_sha256", coding.textSha256());
      text.append(line(header.stream().map(c -> cells.getOrDefault(c, "")).toList()));
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.READ)) {
        long size = channel.size();
        if (size > 0 && !endsWithNewline(channel, size)) {
          text.insert(0, '\n'); // a hand-written file without a final line break
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        long at = size;
        while (bytes.hasRemaining()) {
          at += channel.write(bytes, at);
        }
        channel.force(false);
      }
    }
  }

  /** The file's column names (lower case), or null when it is missing or empty. */
  private List<String> header() throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      return null;
    }
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first == null ? null : cells(first.replace("\uFEFF", "")).stream()
          .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    }
  }

  private void rewriteWithAllColumns(List<String> header) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    AtomicFiles.write(file, writer -> {
      writer.write(line(COLUMNS));
      for (String old : lines.subList(1, lines.size())) {
        if (old.isBlank()) {
          continue;
        }
        List<String> cells;
        try {
          cells = cells(old);
        } catch (IOException e) {
          writer.write(old + "\n"); // stays a problem line, but stays
          continue;
        }
        writer.write(line(COLUMNS.stream().map(c -> cell(header, cells, c)).toList()));
      }
    });
  }

  /** Reads the file; a missing file holds no codings. */
  public Contents read() throws IOException {
    List<Problem> problems = new ArrayList<>();
    Map<String, Coding> last = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return new Contents(List.of(), List.of());
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return new Contents(List.of(), List.of());
    }
    List<String> header = cells(lines.get(0).replace("\uFEFF", "")).stream()
        .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.contains("statement_id") || !header.contains("principles")) {
      throw new IOException(file + " is not a codings file: its header needs statement_id and principles (has "
          + String.join(",", header) + ")");
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        Coding coding = coding(header, cells(lines.get(i)));
        last.remove(coding.statementId());
        last.put(coding.statementId(), coding);
      } catch (IllegalArgumentException | IOException e) {
        problems.add(new Problem(i + 1L, e.getMessage()));
      }
    }
    return new Contents(new ArrayList<>(last.values()), problems);
  }

  private static Coding coding(List<String> header, List<String> cells) {
    String principles = cell(header, cells, "principles");
    if (principles.isBlank()) {
      throw new IllegalArgumentException("no principles (write 'other' for none)");
    }
    List<String> ids = Arrays.stream(principles.split(";")).map(p -> p.strip().toLowerCase(Locale.ROOT))
        .filter(p -> !p.isEmpty()).distinct().toList();
    if (ids.contains(Coding.OTHER) && ids.size() > 1) {
      throw new IllegalArgumentException("'other' cannot go with principles: " + principles);
    }
    return new Coding(cell(header, cells, "statement_id").strip(), ids.contains(Coding.OTHER) ? List.of() : ids,
        cell(header, cells, "reviewer").strip(), cell(header, cells, "coded_at").strip(),
        cell(header, cells, "text_sha256").strip().toLowerCase(Locale.ROOT));
  }

  private static String cell(List<String> header, List<String> cells, String column) {
    int at = header.indexOf(column);
    return at >= 0 && at < cells.size() ? cells.get(at) : "";
  }

  private static List<String> cells(String line) throws IOException {
    try (var parser = CSVFormat.RFC4180.parse(new StringReader(line))) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (UncheckedIOException e) {
      throw new IOException("not a CSV line: " + e.getCause().getMessage(), e);
    }
  }

  private static String line(List<String> cells) throws IOException {
    StringWriter line = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(line, LINE)) {
      printer.printRecord(cells);
    }
    return line.toString();
  }

  private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    return last.get(0) == '\n';
  }

  /** The file lock, waiting for other processes and for other writers in this one. */
  private static FileLock lock(FileChannel channel) throws IOException {
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        try {
          Thread.sleep(2);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the lock of codings.csv", interrupted);
        }
      }
    }
  }
}
