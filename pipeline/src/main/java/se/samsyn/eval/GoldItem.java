package se.samsyn.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
import se.samsyn.core.CsvTable;

/**
 * A gold label: a statement id, the evaluation set it belongs to and the principles it speaks to
 * (from a file with the columns {@code statement_id,set,principles}, principles ";"-separated).
 */
public record GoldItem(String statementId, String set, List<String> principles) {
  public GoldItem {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(set, "set");
    principles = List.copyOf(principles);
    if (principles.isEmpty()) {
      throw new IllegalArgumentException("gold item " + statementId + " has no principle");
    }
  }

  /** True for an off-topic remark, whose right answer is {@code other}. */
  public boolean offTopic() {
    return principles.equals(List.of(HeldOut.OTHER));
  }

  public static List<GoldItem> read(Path file) throws IOException {
    List<GoldItem> items = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CsvTable.READ_FORMAT.parse(reader)) {
        items.add(new GoldItem(row.get("statement_id"), row.get("set"),
            Arrays.stream(row.get("principles").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(file + " is not a gold file (statement_id,set,principles): " + e.getMessage(), e);
    }
    return items;
  }
}
