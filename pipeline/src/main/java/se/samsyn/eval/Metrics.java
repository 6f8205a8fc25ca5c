package se.samsyn.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of one method on one set of gold items. A prediction is right when it is one of the
 * item's gold principles; for precision, recall and the confusion matrix the true class of an
 * item is the predicted one when right, else its first gold principle.
 *
 * @param items     number of items
 * @param accuracy  share predicted right (top-1)
 * @param macroF1   mean F1 over the principles that are the true class of some item (so that
 *                  methods that predict different sets of labels, or "other", are averaged over the
 *                  same classes)
 * @param perClass  principle → precision, recall, F1, support
 * @param confusion true principle → predicted principle → count
 */
public record Metrics(int items, double accuracy, double macroF1, Map<String, double[]> perClass,
    Map<String, Map<String, Integer>> confusion) {

  public static Metrics of(List<GoldItem> gold, List<String> predicted) {
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      String prediction = predicted.get(i);
      boolean correct = gold.get(i).principles().contains(prediction);
      String truth = correct ? prediction : gold.get(i).principles().get(0);
      right += correct ? 1 : 0;
      confusion.computeIfAbsent(truth, t -> new LinkedHashMap<>()).merge(prediction, 1, Integer::sum);
      if (correct) {
        counts.computeIfAbsent(truth, t -> new int[3])[0]++;
      } else {
        counts.computeIfAbsent(prediction, t -> new int[3])[1]++;
        counts.computeIfAbsent(truth, t -> new int[3])[2]++;
      }
    }
    Map<String, double[]> perClass = new LinkedHashMap<>();
    double f1Sum = 0;
    int supported = 0;
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      int[] c = entry.getValue();
      double precision = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
      double recall = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perClass.put(entry.getKey(), new double[] {precision, recall, f1, c[0] + c[2]});
      if (c[0] + c[2] > 0) {
        f1Sum += f1;
        supported++;
      }
    }
    return new Metrics(gold.size(), gold.isEmpty() ? 0 : right / (double) gold.size(),
        supported == 0 ? 0 : f1Sum / supported, perClass, confusion);
  }
}
