package se.samsyn.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samsyn.core.Json;

/**
 * Statements without structure (survey answers, comments): what {@code samsyn group} reads, from a
 * JSON Lines file (one object per line; ids from the id field, else the line number) here, and from
 * tables through {@link TabularStatements}.
 */
public final class FreeStatements {
  /**
   * One statement.
   *
   * @param id   its id as given, or its row/line number
   * @param text its text (may be empty)
   */
  public record Item(String id, String text) {}

  /** A row or line that could not be read, with its line number in the file. */
  public record Problem(long line, String reason) {}

  /** What a file held. */
  public record Contents(List<Item> items, List<Problem> problems) {
    public Contents {
      items = List.copyOf(items);
      problems = List.copyOf(problems);
    }
  }

  private FreeStatements() {}

  /** True for the files {@link #readJsonLines} reads: {@code .jsonl} and {@code .ndjson}. */
  public static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /**
   * Reads a JSON Lines file: one object per line, the text in {@code textField}.
   *
   * @param idField the field of the ids, or null for the field {@code id} when a line has one and the
   *                line number otherwise
   */
  public static Contents readJsonLines(Path file, String textField, String idField) throws IOException {
    List<Item> items = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = Json.MAPPER.readTree(line);
          JsonNode text = node.path(textField);
          if (!text.isValueNode()) {
            problems.add(new Problem(number, "no '" + textField + "' field"));
            continue;
          }
          JsonNode id = node.path(idField == null ? "id" : idField);
          if (idField != null && !id.isValueNode()) {
            problems.add(new Problem(number, "no '" + idField + "' field"));
            continue;
          }
          items.add(new Item(id.isValueNode() ? id.asText() : Long.toString(number), text.asText()));
        } catch (JsonProcessingException e) {
          problems.add(new Problem(number, "not a JSON object: " + e.getOriginalMessage()));
        }
      }
    }
    return new Contents(items, problems);
  }
}
