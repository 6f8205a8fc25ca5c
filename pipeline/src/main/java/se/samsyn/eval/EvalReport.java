package se.samsyn.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Evaluation results as a text table or JSON. */
public final class EvalReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalReport() {}

  public static String text(Map<String, Map<String, Metrics>> results, String detailMethod) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-18s %-16s %6s %8s %9s%n", "set", "method", "items", "top-1", "macro-F1"));
    results.forEach((set, methods) -> methods.forEach((method, m) -> out.append(String.format(Locale.ROOT,
        "%-18s %-16s %6d %8.3f %9.3f%n", set, method, m.items(), m.accuracy(), m.macroF1()))));
    Metrics detail = results.get(PrincipleEvaluation.ALL).get(detailMethod);
    out.append(String.format(Locale.ROOT, "%n%s on all sets, per principle:%n%-15s %9s %7s %6s %8s%n",
        detailMethod, "principle", "precision", "recall", "F1", "support"));
    detail.perClass().forEach((p, v) -> out.append(String.format(Locale.ROOT, "%-15s %9.3f %7.3f %6.3f %8d%n",
        p, v[0], v[1], v[2], (int) v[3])));
    TreeSet<String> labels = new TreeSet<>(detail.confusion().keySet());
    detail.confusion().values().forEach(row -> labels.addAll(row.keySet()));
    out.append(String.format(Locale.ROOT, "%nconfusion (rows: truth, columns: predicted)%n%-13s", ""));
    labels.forEach(l -> out.append(String.format(Locale.ROOT, " %5.5s", l)));
    out.append('\n');
    for (String truth : labels) {
      out.append(String.format(Locale.ROOT, "%-13s", truth));
      Map<String, Integer> row = detail.confusion().getOrDefault(truth, Map.of());
      labels.forEach(l -> out.append(String.format(Locale.ROOT, " %5d", row.getOrDefault(l, 0))));
      out.append('\n');
    }
    return out.toString();
  }

  public static String json(Map<String, Map<String, Metrics>> results, String codebook) throws
      com.fasterxml.jackson.core.JsonProcessingException {
    ObjectNode root = JSON.createObjectNode();
    root.put("codebook", codebook);
    root.put("protocol", "structure on all items; classifiers leave-one-document-out, labels hidden");
    ObjectNode sets = root.putObject("sets");
    results.forEach((set, methods) -> {
      ObjectNode bySet = sets.putObject(set);
      methods.forEach((method, m) -> {
        ObjectNode node = bySet.putObject(method);
        node.put("items", m.items());
        node.put("top1_accuracy", m.accuracy());
        node.put("macro_f1", m.macroF1());
        ObjectNode perClass = node.putObject("per_principle");
        m.perClass().forEach((p, v) -> perClass.putObject(p).put("precision", v[0]).put("recall", v[1])
            .put("f1", v[2]).put("support", (int) v[3]));
        node.set("confusion", JSON.valueToTree(m.confusion()));
      });
    });
    return JSON.writeValueAsString(root);
  }
}
