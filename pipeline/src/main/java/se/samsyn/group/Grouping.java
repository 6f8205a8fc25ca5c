package se.samsyn.group;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.Theme;

/**
 * The grouping of a set of statements.
 *
 * @param statements one entry per statement, in input order
 * @param themes     emerging themes, largest first
 * @param codebook   id, version and checksum prefix of the codebook used
 */
public record Grouping(List<StatementGroups> statements, List<Theme> themes, String codebook) {
  public Grouping {
    statements = List.copyOf(statements);
    themes = List.copyOf(themes);
    Objects.requireNonNull(codebook, "codebook");
  }

  /** Statement id → its grouping. */
  public Map<String, StatementGroups> byStatement() {
    return statements.stream().collect(Collectors.toMap(StatementGroups::statementId, Function.identity(),
        (a, b) -> a));
  }
}
