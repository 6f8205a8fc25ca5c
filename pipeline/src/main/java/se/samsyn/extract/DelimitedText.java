package se.samsyn.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import se.samsyn.core.Block;
import se.samsyn.core.Location;
import se.samsyn.core.SourceFile;

/**
 * Reads a CSV or TSV file (in the charset and with the delimiter Tika detected) as table rows with
 * Apache Commons CSV, so quoted cells with commas and line breaks stay whole. Either is reported
 * as text/csv.
 */
final class DelimitedText implements FormatReader {
  private static final Map<String, Character> DELIMITERS =
      Map.of("comma", ',', "semicolon", ';', "tab", '\t', "pipe", '|', "colon", ':');

  /**
   * Tika calls a small CSV file text/plain when it is unsure of the delimiter, so the file name
   * counts too.
   */
  @Override
  public boolean reads(MediaType type, String fileName) {
    String base = type.getBaseType().toString();
    String name = fileName.toLowerCase(Locale.ROOT);
    return base.equals("text/csv") || base.equals("text/tab-separated-values")
        || (base.startsWith("text/") && (name.endsWith(".csv") || name.endsWith(".tsv")));
  }

  @Override
  public MediaType format() {
    return MediaType.text("csv");
  }

  @Override
  public List<Block> read(SourceFile file, Metadata metadata) throws IOException {
    return rows(rawText(file, metadata), MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)));
  }

  /** The file decoded with the charset Tika detected (CSV cells need their exact text). */
  private static String rawText(SourceFile file, Metadata metadata) throws IOException {
    String encoding = metadata.get(Metadata.CONTENT_ENCODING);
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    String text = Files.readString(file.path(), charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static List<Block> rows(String text, MediaType type) {
    String named = type.getParameters().get("delimiter");
    char delimiter = named != null && DELIMITERS.containsKey(named) ? DELIMITERS.get(named) : sniff(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    List<Block> rows = new ArrayList<>();
    try {
      for (CSVRecord record : format.parse(new StringReader(text))) {
        rows.add(Block.tableRow(record.toList(), Location.row(rows.size() + 1)));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports an unterminated quote or a broken record this way while iterating.
      throw new IllegalArgumentException("malformed CSV (" + e.getMessage() + ")", e);
    }
    return rows;
  }

  /** The most frequent of tab, semicolon and comma on the first line (the header). */
  private static char sniff(String text) {
    String header = text.lines().findFirst().orElse("");
    char best = ',';
    long bestCount = 0;
    for (char candidate : new char[] {',', ';', '\t'}) {
      long count = header.chars().filter(c -> c == candidate).count();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }
}
