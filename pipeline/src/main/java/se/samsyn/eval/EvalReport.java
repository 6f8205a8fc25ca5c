package se.samsyn.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import se.samsyn.core.CsvTable;
import se.samsyn.core.Json;

/** Evaluation results as a text table, a Markdown table (for GROUPING.md) or JSON. */
public final class EvalReport {
  private final PrincipleEvaluation.Results results;
  /** Set name ("all" first, "off-topic" last) → method name → figures. */
  private final Map<String, Map<String, SetMetrics>> bySet = new LinkedHashMap<>();

  public EvalReport(PrincipleEvaluation.Results results) {
    this.results = results;
    Set<String> sets = new LinkedHashSet<>();
    sets.add(PrincipleEvaluation.ALL);
    results.items().stream().filter(i -> !i.set().equals(PrincipleEvaluation.OFF_TOPIC)).forEach(i -> sets.add(i.set()));
    if (results.items().stream().anyMatch(i -> i.set().equals(PrincipleEvaluation.OFF_TOPIC))) {
      sets.add(PrincipleEvaluation.OFF_TOPIC);
    }
    for (String set : sets) {
      Map<String, SetMetrics> methods = new LinkedHashMap<>();
      results.heldOut().forEach((method, heldOut) -> {
        boolean structureOnOffTopic = method.equals(PrincipleEvaluation.STRUCTURE) && set.equals(PrincipleEvaluation.OFF_TOPIC);
        if (!structureOnOffTopic) {
          methods.put(method, SetMetrics.of(heldOut.stream().filter(h -> inSet(h, set)).toList()));
        }
      });
      bySet.put(set, methods);
    }
  }

  private static boolean inSet(HeldOut heldOut, String set) {
    return set.equals(PrincipleEvaluation.ALL) ? !heldOut.offTopic() : heldOut.item().set().equals(set);
  }

  /** Set name → method name → figures. */
  public Map<String, Map<String, SetMetrics>> bySet() {
    return bySet;
  }

  public String text(String detailMethod) {
    StringBuilder out = new StringBuilder(table(false));
    out.append(String.format(Locale.ROOT, "%nchosen by nested leave-one-document-out (per held-out fold; 'all': what a run uses)%n"));
    results.choices().forEach((method, chosen) -> chosen.forEach((fold, choice) ->
        out.append(String.format(Locale.ROOT, "%-16s %-24s %s%n", method, fold, choice))));
    List<HeldOut> detail = results.heldOut().get(detailMethod).stream().filter(h -> !h.offTopic()).toList();
    Metrics metrics = Metrics.of(detail.stream().map(HeldOut::item).toList(), detail.stream().map(HeldOut::forced).toList());
    out.append(String.format(Locale.ROOT, "%n%s on all principle items, per principle:%n%-15s %9s %7s %6s %8s%n",
        detailMethod, "principle", "precision", "recall", "F1", "support"));
    metrics.perClass().forEach((p, v) -> out.append(String.format(Locale.ROOT, "%-15s %9.3f %7.3f %6.3f %8d%n",
        p, v[0], v[1], v[2], (int) v[3])));
    TreeSet<String> labels = new TreeSet<>(metrics.confusion().keySet());
    metrics.confusion().values().forEach(row -> labels.addAll(row.keySet()));
    out.append(String.format(Locale.ROOT, "%nconfusion (rows: truth, columns: predicted)%n%-13s", ""));
    labels.forEach(l -> out.append(String.format(Locale.ROOT, " %5.5s", l)));
    out.append('\n');
    for (String truth : labels) {
      out.append(String.format(Locale.ROOT, "%-13s", truth));
      Map<String, Integer> row = metrics.confusion().getOrDefault(truth, Map.of());
      labels.forEach(l -> out.append(String.format(Locale.ROOT, " %5d", row.getOrDefault(l, 0))));
      out.append('\n');
    }
    return out.toString();
  }

  /** The figures as a Markdown table, with the choices made on all folds below it. */
  public String markdown() {
    StringBuilder out = new StringBuilder(table(true));
    out.append("\nChosen on all folds (what `samsyn run` uses):\n\n");
    results.choices().forEach((method, chosen) -> out.append("- ").append(method).append(": ")
        .append(chosen.get(PrincipleEvaluation.ALL)).append('\n'));
    return out.toString();
  }

  private String table(boolean markdown) {
    List<String> header = List.of("set", "method", "items", "top-1", "95% CI", "macro-F1", "with other", "@50%",
        "@80%", "@100%", "ECE");
    List<List<String>> rows = new ArrayList<>();
    bySet.forEach((set, methods) -> methods.forEach((method, m) -> {
      if (set.equals(PrincipleEvaluation.OFF_TOPIC)) {
        rows.add(List.of(set, method, Integer.toString(m.items()), "", "", "",
            String.format(Locale.ROOT, "%.3f (%.3f given a principle)", m.withOther(), m.givenPrinciple()), "", "", "", ""));
      } else if (method.equals(PrincipleEvaluation.STRUCTURE)) {
        rows.add(List.of(set, method, Integer.toString(m.items()), number(m.top1()), "", "", "", "", "", "", ""));
      } else {
        rows.add(List.of(set, method, Integer.toString(m.items()), number(m.top1()),
            number(m.top1Low()) + "–" + number(m.top1High()), number(m.macroF1()), number(m.withOther()),
            number(m.selective()[0]), number(m.selective()[1]), number(m.selective()[2]), number(m.calibrationError())));
      }
    }));
    StringBuilder out = new StringBuilder();
    if (markdown) {
      out.append("| ").append(String.join(" | ", header)).append(" |\n");
      out.append("|").append("---|".repeat(header.size())).append('\n');
      rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
    } else {
      String format = "%-18s %-16s %6s %6s %12s %8s %10s %6s %6s %6s %6s%n";
      out.append(String.format(Locale.ROOT, format, header.toArray()));
      rows.forEach(row -> out.append(String.format(Locale.ROOT, format, row.toArray())));
    }
    return out.toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * Every held-out prediction of the compared methods, one row per gold item and method, to read
   * where a method goes wrong: the most probable principle, its calibrated probability and what a
   * run writes (the principle, or {@code other} below the threshold chosen without the item's fold).
   */
  public void writePredictions(Path file, Function<String, String> textOfItem) throws IOException {
    CsvTable.write(file, List.of("statement_id", "set", "gold", "method", "predicted", "confidence", "written", "right", "text"),
        table -> {
          for (var method : results.heldOut().entrySet()) {
            if (method.getKey().equals(PrincipleEvaluation.STRUCTURE)) {
              continue;
            }
            for (HeldOut h : method.getValue()) {
              GoldItem item = h.item();
              table.row(item.statementId(), item.set(), String.join(";", item.principles()), method.getKey(), h.forced(),
                  CsvTable.decimal(h.confidence(), 3), h.decided(), h.decidedRight(), textOfItem.apply(item.statementId()));
            }
          }
        });
  }

  public String json(String codebook) throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("codebook", codebook);
    root.put("protocol", "structure on all items; classifiers by nested leave-one-document-out, labels hidden");
    ObjectNode sets = root.putObject("sets");
    bySet.forEach((set, methods) -> {
      ObjectNode node = sets.putObject(set);
      methods.forEach((method, m) -> node.putObject(method).put("items", m.items()).put("top1_accuracy", m.top1())
          .put("top1_ci_low", m.top1Low()).put("top1_ci_high", m.top1High()).put("macro_f1", m.macroF1())
          .put("accuracy_with_other", m.withOther()).put("selective_at_50", m.selective()[0])
          .put("selective_at_80", m.selective()[1]).put("selective_at_100", m.selective()[2])
          .put("expected_calibration_error", m.calibrationError()).put("given_a_principle", m.givenPrinciple()));
    });
    root.set("chosen", Json.MAPPER.valueToTree(results.choices()));
    return Json.INDENTED.writeValueAsString(root);
  }
}
