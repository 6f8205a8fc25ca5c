package se.samsyn.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;
import se.samsyn.core.Block;
import se.samsyn.core.Extraction;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.SourceFile;

/**
 * Extracts structured text with Apache Tika's auto-detecting parser, in this process. A file of a
 * format that has its own {@link FormatReader} (CSV, TSV) is read by it instead of from Tika's XHTML.
 *
 * <p>Embedded documents (ZIP entries, e-mail attachments) are parsed too and their text follows
 * in reading order. Use {@link IsolatedExtractor} to survive parsers that hang or crash.
 */
public final class TikaExtractor implements Extractor {
  private static final Map<String, Property> METADATA_FIELDS = metadataFields();

  private final AutoDetectParser parser = new AutoDetectParser();
  private final int maxCharacters;

  /** @param maxCharacters text beyond this many characters is cut and the result marked PARTIAL */
  public TikaExtractor(int maxCharacters) {
    this.maxCharacters = maxCharacters;
  }

  @Override
  public Extraction extract(SourceFile file) {
    if (file.size() == 0) {
      return Extraction.failed(file, ExtractionStatus.SKIPPED, "", "empty file");
    }
    String fileName = file.path().getFileName().toString();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    BlockCollector collector = new BlockCollector(metadata);
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    try (InputStream in = TikaInputStream.get(file.path(), metadata)) {
      parser.parse(in, new WriteOutContentHandler(collector, maxCharacters), metadata, context);
    } catch (EncryptedDocumentException e) {
      return failed(file, metadata, "encrypted (password-protected) document");
    } catch (ZeroByteFileException e) {
      return Extraction.failed(file, ExtractionStatus.SKIPPED, format(metadata), "empty file");
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        return result(file, metadata, collector.blocks(), ExtractionStatus.PARTIAL,
            "text cut after " + maxCharacters + " characters (--max-characters); the rest is not in the results");
      }
      return failed(file, metadata, isUnrecognisedContent(file) ? mislabelled(file) : describe(e));
    }
    List<Block> blocks = collector.blocks();
    Optional<FormatReader> reader = FormatReaders.of(MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)), fileName);
    if (reader.isPresent()) {
      try {
        blocks = reader.get().read(file, metadata);
        metadata.set(Metadata.CONTENT_TYPE, reader.get().format().toString());
      } catch (IllegalArgumentException | IOException e) {
        return failed(file, metadata, e.getMessage());
      }
    }
    return result(file, metadata, blocks, ExtractionStatus.OK, "");
  }

  private Extraction result(SourceFile file, Metadata metadata, List<Block> blocks,
      ExtractionStatus status, String note) {
    String format = format(metadata);
    if (blocks.isEmpty()) {
      String reason = Files.isReadable(file.path()) && isGenericBinary(format)
          ? "unsupported or unrecognised format (content looks like " + format + ")"
          : "no text found (" + (format.isEmpty() ? "unknown format" : format) + ")";
      return Extraction.failed(file, ExtractionStatus.SKIPPED, format, reason);
    }
    String embeddedError = metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
    if (status == ExtractionStatus.OK && embeddedError != null) {
      status = ExtractionStatus.PARTIAL;
      note = "an embedded document could not be read: " + firstLine(embeddedError);
    }
    return new Extraction(file, status, format, selectedMetadata(metadata), blocks, note);
  }

  private static Extraction failed(SourceFile file, Metadata metadata, String reason) {
    return Extraction.failed(file, ExtractionStatus.FAILED, format(metadata), reason);
  }

  /** True when the bytes alone (ignoring the file name) match no known format. */
  private boolean isUnrecognisedContent(SourceFile file) {
    try (InputStream in = TikaInputStream.get(file.path())) {
      return parser.getDetector().detect(in, new Metadata()).equals(MediaType.OCTET_STREAM);
    } catch (IOException e) {
      return false;
    }
  }

  private static String mislabelled(SourceFile file) {
    String name = file.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    String kind = dot < 0 ? "document" : name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT) + " file";
    return "not a valid " + kind + ": the content matches no known format (mislabelled or damaged)";
  }

  private static boolean isGenericBinary(String format) {
    return format.isEmpty() || format.equals(MediaType.OCTET_STREAM.toString());
  }

  private static String format(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type == null ? "" : MediaType.parse(type).getBaseType().toString();
  }

  private static Map<String, String> selectedMetadata(Metadata metadata) {
    Map<String, String> selected = new LinkedHashMap<>();
    METADATA_FIELDS.forEach((name, property) -> {
      String value = metadata.get(property);
      if (value != null && !value.isBlank()) {
        selected.put(name, value.strip());
      }
    });
    return selected;
  }

  private static Map<String, Property> metadataFields() {
    Map<String, Property> fields = new LinkedHashMap<>();
    fields.put("title", TikaCoreProperties.TITLE);
    fields.put("created", TikaCoreProperties.CREATED);
    fields.put("modified", TikaCoreProperties.MODIFIED);
    fields.put("creator", TikaCoreProperties.CREATOR);
    fields.put("subject", TikaCoreProperties.SUBJECT);
    fields.put("language", TikaCoreProperties.LANGUAGE);
    return Map.copyOf(fields);
  }

  /** A one-line reason from the deepest cause, which usually names the real problem. */
  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + firstLine(root.getMessage());
    String kind = error instanceof TikaException || error instanceof SAXException
        ? "could not parse" : "could not read";
    return kind + " (" + root.getClass().getSimpleName() + message + ")";
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
