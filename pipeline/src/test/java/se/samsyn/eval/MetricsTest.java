package se.samsyn.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static GoldItem gold(String id, String... principles) {
    return new GoldItem(id, "set", List.of(principles));
  }

  @Test
  void macroF1AveragesOverThePrinciplesOfTheGoldItemsOnly() {
    Metrics metrics = Metrics.of(
        List.of(gold("1", "dialogue"), gold("2", "dialogue"), gold("3", "quality"), gold("4", "quality", "dialogue")),
        List.of("dialogue", "other", "quality", "innovation"));
    assertEquals(0.5, metrics.accuracy(), 1e-9);
    assertArrayEquals(new double[] {1, 0.5, 2 / 3.0, 2}, metrics.perClass().get("dialogue"), 1e-9);
    assertArrayEquals(new double[] {1, 0.5, 2 / 3.0, 2}, metrics.perClass().get("quality"), 1e-9);
    assertArrayEquals(new double[] {0, 0, 0, 0}, metrics.perClass().get("other"), 1e-9);
    assertEquals(2 / 3.0, metrics.macroF1(), 1e-9, "'other' and 'innovation' have no gold item and are not averaged");
    assertEquals(1, metrics.confusion().get("quality").get("innovation"));
  }

  @Test
  void aPredictionIsRightWhenItIsAnyOfTheGoldPrinciples() {
    Metrics metrics = Metrics.of(List.of(gold("1", "quality", "dialogue")), List.of("dialogue"));
    assertEquals(1, metrics.accuracy(), 1e-9);
    assertEquals(1, metrics.confusion().get("dialogue").get("dialogue"));
  }
}
