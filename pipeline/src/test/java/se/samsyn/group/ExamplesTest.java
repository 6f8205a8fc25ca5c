package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  private static PrincipleClassifier.Example example(int n, String... principles) {
    return new PrincipleClassifier.Example("påstående " + n, List.of(principles), PrincipleClassifier.Source.STRUCTURE);
  }

  @Test
  void atMostTheLimitOfEachSetOfPrinciplesEvenlySpreadInTheirOrder() {
    List<PrincipleClassifier.Example> examples = new ArrayList<>();
    for (int n = 0; n < 30; n++) {
      examples.add(example(n, "dialogue"));
      if (n % 10 == 0) {
        examples.add(example(n, "quality", "dialogue"));
      }
    }

    List<PrincipleClassifier.Example> kept = Examples.atMostPerPrinciples(examples, 10);

    assertEquals(List.of("påstående 0", "påstående 0", "påstående 3", "påstående 6", "påstående 9",
        "påstående 10", "påstående 12", "påstående 15", "påstående 18", "påstående 20", "påstående 21",
        "påstående 24", "påstående 27"), kept.stream().map(PrincipleClassifier.Example::text).toList());
    assertEquals(10, kept.stream().filter(e -> e.principleIds().equals(List.of("dialogue"))).count());
    assertEquals(examples, Examples.atMostPerPrinciples(examples, 30));
  }
}
