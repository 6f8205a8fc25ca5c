package se.samsyn.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.Checksums;
import se.samsyn.core.CsvTable;
import se.samsyn.core.Json;
import se.samsyn.run.RunFolder;

/**
 * The input files of the run that wrote an index, for links from a statement to its source. The
 * run's folder (the index folder's parent) says where they are: {@code documents.csv} gives each
 * document's source path and SHA-256, {@code run.json} the inputs and the working directory those
 * paths are relative to. A file is handed out only when it is one of the inputs or inside one, is
 * a regular file, and still has the content that was indexed; nothing a request names is ever used
 * as a path.
 */
final class SourceFiles {
  /** A source file that may be sent. */
  record Source(Path path, String name, String contentType) {}

  /** Why a document's source cannot be sent (answered with 404 and the message). */
  static final class Missing extends Exception {
    private static final long serialVersionUID = 1L;

    Missing(String message) {
      super(message);
    }
  }

  /** A row of documents.csv. */
  private record Row(String source, String sha256, String format) {}

  /** What the run recorded about its inputs. */
  private record Inputs(Path base, List<Path> roots) {}

  /** A value read from a file, with the file's state when it was read. */
  private record Snapshot<T>(FileTime modified, long size, T value) {}

  /** The SHA-256 of a file and whether it is valid UTF-8, for one state of the file. */
  private record Content(FileTime modified, long size, String sha256, boolean utf8) {}

  private final RunFolder run;
  private Snapshot<Map<String, Row>> documents;
  private Snapshot<Inputs> inputs;
  private final Map<Path, Content> contents = new ConcurrentHashMap<>();

  SourceFiles(RunFolder run) {
    this.run = run;
  }

  /**
   * The source file of a document of the index.
   *
   * @param documentId the document's id in the index
   * @param source     the source the index records for it
   */
  Source find(String documentId, String source) throws IOException, Missing {
    Row row = documents().get(documentId);
    if (row == null || !row.source().equals(source)) {
      throw new Missing("the run's " + RunFolder.DOCUMENTS + " does not list the source of document " + documentId);
    }
    Inputs run = inputs();
    Path file = run.base().resolve(source).normalize();
    if (run.roots().stream().noneMatch(file::startsWith)) {
      throw new Missing(source + " is not among the inputs recorded in " + RunFolder.MANIFEST);
    }
    if (!Files.isRegularFile(file)) {
      throw new Missing("the source file " + source + " is no longer there");
    }
    Content content = content(file);
    if (!content.sha256().equals(row.sha256())) {
      throw new Missing("the source file " + source + " has changed since it was indexed; run 'samsyn run' again");
    }
    return new Source(file, file.getFileName().toString(), contentType(row.format(), content.utf8()));
  }

  /** The recorded media type; plain text without a charset gets UTF-8 when its bytes are UTF-8. */
  private static String contentType(String format, boolean utf8) {
    String type = format.isBlank() ? "application/octet-stream" : format;
    if (type.startsWith("text/") && !type.toLowerCase(Locale.ROOT).contains("charset") && utf8) {
      type += "; charset=utf-8";
    }
    return type;
  }

  private synchronized Map<String, Row> documents() throws IOException, Missing {
    Path file = run.documents();
    documents = reread(file, documents);
    if (documents == null) {
      throw new Missing("no " + RunFolder.DOCUMENTS + " beside the index, so its source files are unknown");
    }
    if (documents.value() == null) {
      Map<String, Row> rows = new HashMap<>();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (CSVRecord record : CsvTable.READ_FORMAT.parse(reader)) {
          rows.put(record.get("document_id"),
              new Row(CsvTable.restore(record.get("source")), record.get("sha256"), record.get("format")));
        }
      }
      documents = new Snapshot<>(documents.modified(), documents.size(), rows);
    }
    return documents.value();
  }

  private synchronized Inputs inputs() throws IOException, Missing {
    Path file = run.manifest();
    inputs = reread(file, inputs);
    if (inputs == null) {
      throw new Missing("no " + RunFolder.MANIFEST + " beside the index, so its inputs are unknown");
    }
    if (inputs.value() == null) {
      JsonNode settings;
      try {
        settings = Json.MAPPER.readTree(file.toFile()).path("settings");
      } catch (JsonProcessingException e) {
        throw new Missing(RunFolder.MANIFEST + " beside the index cannot be read: " + e.getOriginalMessage());
      }
      String directory = settings.path(RunFolder.WORKING_DIRECTORY).asText("");
      // runs before the working directory was recorded: assume the server's, as both are usually started there
      Path base = directory.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(directory);
      List<Path> roots = new ArrayList<>();
      settings.path("inputs").forEach(input -> roots.add(base.resolve(input.asText()).normalize()));
      inputs = new Snapshot<>(inputs.modified(), inputs.size(), new Inputs(base, roots));
    }
    return inputs.value();
  }

  /** The snapshot if the file is unchanged, an empty one to fill when it changed, null when it is gone. */
  private static <T> Snapshot<T> reread(Path file, Snapshot<T> last) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
    if (last != null && last.modified().equals(now.lastModifiedTime()) && last.size() == now.size()) {
      return last;
    }
    return new Snapshot<>(now.lastModifiedTime(), now.size(), null);
  }

  private Content content(Path file) throws IOException {
    BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
    Content known = contents.get(file);
    if (known != null && known.modified().equals(now.lastModifiedTime()) && known.size() == now.size()) {
      return known;
    }
    MessageDigest digest = Checksums.digest();
    boolean utf8 = true;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        new InputStreamReader(in, decoder).transferTo(Writer.nullWriter());
      } catch (CharacterCodingException e) {
        utf8 = false;
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
    Content content = new Content(now.lastModifiedTime(), now.size(), HexFormat.of().formatHex(digest.digest()), utf8);
    contents.put(file, content);
    return content;
  }

}
