package se.samsyn.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Labelled example statements written for Samsyn (corpus/labelled/principle-examples.csv, shipped
 * beside the codebook): workshop notes, summary sentences, agreement text and survey answers, each
 * with the principle ids it speaks to. They teach the classifier the everyday vocabulary of each
 * principle before the material being processed adds its own.
 */
public final class PrincipleExamples {
  /** Classpath resource of the shipped examples, without leading slash. */
  public static final String RESOURCE = "se/samsyn/models/codebook/principle-examples.csv";

  /** One example: a statement and the ids of the principles it speaks to. */
  public record Example(String text, List<String> principleIds) {
    public Example {
      Objects.requireNonNull(text, "text");
      principleIds = List.copyOf(principleIds);
      if (principleIds.isEmpty()) {
        throw new IllegalArgumentException("an example speaks to at least one principle: " + text);
      }
    }
  }

  private PrincipleExamples() {}

  /** The examples shipped with Samsyn. */
  public static List<Example> standard() {
    try (InputStream in = PrincipleExamples.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource not found (is samsyn-models on the classpath?)");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new ModelLoadingException("cannot read the examples " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads examples from CSV with the columns {@code text,principles} (ids separated by ';'). */
  public static List<Example> read(Reader csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Example> examples = new ArrayList<>();
    for (CSVRecord row : format.parse(csv)) {
      examples.add(new Example(row.get("text"), Arrays.stream(row.get("principles").split(";"))
          .map(String::strip).filter(id -> !id.isEmpty()).toList()));
    }
    return examples;
  }
}
