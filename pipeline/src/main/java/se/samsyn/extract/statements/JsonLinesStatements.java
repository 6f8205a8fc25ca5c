package se.samsyn.extract.statements;

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
import se.samsyn.extract.statements.FreeStatements.Contents;
import se.samsyn.extract.statements.FreeStatements.Item;
import se.samsyn.extract.statements.FreeStatements.Problem;

/**
 * Reads a JSON Lines file ({@code .jsonl}, {@code .ndjson}): one object per line, the text in the
 * text field ({@code text} unless named); a line that cannot be read is a problem, not a failure.
 */
final class JsonLinesStatements implements FreeStatementReader {
  private static final String DEFAULT_TEXT_FIELD = "text";

  @Override
  public boolean reads(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  @Override
  public Contents read(Path file, String textField, String idField) throws IOException {
    String field = textField == null ? DEFAULT_TEXT_FIELD : textField;
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
          JsonNode text = node.path(field);
          if (!text.isValueNode()) {
            problems.add(new Problem(number, "no '" + field + "' field"));
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
