package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import se.samsyn.batch.OutputTables;
import se.samsyn.core.Method;
import se.samsyn.core.StatementKind;
import se.samsyn.models.Codebook;

/**
 * Recounts theme frequencies from a run's {@code statements.csv} (and {@code documents.csv} for
 * organisations, {@code emerging_themes.csv} for labels), the way a researcher would, and checks
 * frequency tables against the recount: every row, every count, every share, no row missing.
 */
final class FrequencyCheck {
  private final List<Map<String, String>> statements;
  private final Map<String, String> organisations = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  FrequencyCheck(Path out) throws IOException {
    statements = OutputTables.read(out.resolve("statements.csv"));
    OutputTables.read(out.resolve("documents.csv")).forEach(d -> organisations.put(d.get("document_id"),
        d.get("organisation")));
    Codebook.standard().principles().forEach(p -> names.put(p.id(), p.nameSv()));
    names.put("other", "Övrigt");
    names.put("total", "Totalt");
    OutputTables.read(out.resolve("emerging_themes.csv")).forEach(t -> names.put("theme:" + t.get("theme"),
        t.get("label")));
  }

  List<Map<String, String>> statements() {
    return statements;
  }

  /** The group of a statements.csv row for a {@code --by} value. */
  Function<Map<String, String>, String> group(String by) {
    return switch (by) {
      case "all" -> s -> "all";
      case "document" -> s -> s.get("source");
      case "organisation" -> s -> organisations.get(s.get("document_id"));
      default -> s -> s.get(by);
    };
  }

  /**
   * Checks long rows against the statements that pass {@code filter}: one row per group, code (every
   * principle, other, every theme and the total, zeros too) and kind × method, after the sum over all
   * kinds and methods; returns how many rows were checked.
   */
  int assertLong(List<Map<String, String>> rows, String by, Predicate<Map<String, String>> filter) {
    Map<String, Map<String, Tally>> expected = recount(group(by), filter);
    int slices = 1 + StatementKind.values().length * Method.values().length;
    assertEquals(expected.size() * names.size() * slices, rows.size(),
        "one row per group, code and kind × method, by " + by);
    Set<String> keys = new HashSet<>();
    for (Map<String, String> row : rows) {
      Map<String, Tally> group = expected.get(row.get("group"));
      assertNotNull(group, "group " + row.get("group") + " by " + by);
      String code = row.get("code");
      String key = key(code, row.get("kind"), row.get("method"));
      assertTrue(keys.add(row.get("group") + "|" + key), "one row each: " + row);
      Tally tally = group.getOrDefault(key, new Tally());
      assertEquals(tally.statements, Long.parseLong(row.get("statements")), row.toString());
      assertEquals(tally.documents.size(), Long.parseLong(row.get("documents")), row.toString());
      double share = (double) tally.statements / group.get(key("total", "all", "all")).statements;
      assertEquals(share, Double.parseDouble(row.get("share").replace(',', '.')), 0.00005, row.toString());
      assertEquals(names.get(code), row.get("name"), row.toString());
      assertEquals(code.equals("total") || code.equals("other") ? code : code.startsWith("theme:") ? "theme"
          : "principle", row.get("code_type"), row.toString());
      assertEquals(List.of("samsyn-principles", "2"), List.of(row.get("codebook"), row.get("codebook_version")));
    }
    return rows.size();
  }

  private static String key(String code, String kind, String method) {
    return code + "|" + kind + "|" + method;
  }

  /** Checks that a wide table holds the statement counts of the long one, zero where it has no row. */
  static void assertWideMatchesLong(List<Map<String, String>> wide, List<Map<String, String>> longRows) {
    Map<String, Map<String, String>> counts = new TreeMap<>();
    List<Map<String, String>> sums = longRows.stream().filter(r -> r.get("kind").equals("all")).toList();
    sums.forEach(r -> counts.computeIfAbsent(r.get("group"), g -> new HashMap<>())
        .put(r.get("code"), r.get("statements")));
    assertEquals(counts.keySet(), new HashSet<>(wide.stream().map(r -> r.get("group")).toList()));
    Set<String> codes = new HashSet<>();
    sums.forEach(r -> codes.add(r.get("code")));
    for (Map<String, String> row : wide) {
      assertEquals(codes.size() + 1, row.size(), "group and one column per code: " + row);
      for (String code : codes) {
        assertEquals(counts.get(row.get("group")).get(code), row.get(code), row.get("group") + " " + code);
      }
    }
  }

  private Map<String, Map<String, Tally>> recount(Function<Map<String, String>, String> group,
      Predicate<Map<String, String>> filter) {
    Map<String, Map<String, Tally>> groups = new HashMap<>();
    for (Map<String, String> s : statements) {
      if (!filter.test(s)) {
        continue;
      }
      List<String> codes = new ArrayList<>(List.of(s.get("principles").split(";")));
      if (!s.get("theme").isEmpty()) {
        codes.add("theme:" + s.get("theme"));
      }
      codes.add("total");
      Map<String, Tally> tallies = groups.computeIfAbsent(group.apply(s), g -> new HashMap<>());
      for (String code : codes) {
        tallies.computeIfAbsent(key(code, "all", "all"), c -> new Tally()).add(s.get("document_id"));
        tallies.computeIfAbsent(key(code, s.get("kind"), s.get("method")), c -> new Tally()).add(s.get("document_id"));
      }
    }
    return groups;
  }

  private static final class Tally {
    long statements;
    final Set<String> documents = new HashSet<>();

    void add(String document) {
      statements++;
      documents.add(document);
    }
  }
}
