package se.samsyn.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samsyn.core.Json;

/** The results of a {@link ReviewSimulation} as a text table or JSON. */
public final class ReviewSimulationReport {
  private ReviewSimulationReport() {}

  public static String text(Map<String, List<ReviewSimulation.Point>> results) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "top-1 on the statements not reviewed, after K per held-out document were coded with their gold labels%n"
            + "%-18s %8s %6s %11s %6s %12s%n", "set", "reviewed", "rest", "queue top-1", "rest", "random top-1"));
    results.forEach((set, points) -> points.forEach(p -> out.append(String.format(Locale.ROOT,
        "%-18s %8d %6d %11s %6d %12s%n", set, p.reviewed(), p.queueItems(), share(p.queueItems(), p.queueTop1()),
        p.randomItems(), share(p.randomItems(), p.randomTop1())))));
    return out.toString();
  }

  /** A top-1 with three decimals, or "-" when no item was left to score. */
  private static String share(int items, double top1) {
    return items == 0 ? "-" : String.format(Locale.ROOT, "%.3f", top1);
  }

  public static String json(Map<String, List<ReviewSimulation.Point>> results, String codebook)
      throws JsonProcessingException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("codebook", codebook);
    root.put("protocol", "leave-one-document-out, labels hidden; an oracle codes the first K gold items of the "
        + "review queue (smallest margin first) or of a random order; top-1 on the rest");
    ObjectNode sets = root.putObject("sets");
    results.forEach((set, points) -> {
      ArrayNode list = sets.putArray(set);
      points.forEach(p -> list.addObject().put("reviewed", p.reviewed()).put("queue_items", p.queueItems())
          .put("queue_top1", p.queueTop1()).put("random_items", p.randomItems()).put("random_top1", p.randomTop1()));
    });
    return Json.INDENTED.writeValueAsString(root);
  }
}
