package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrincipleExamplesTest {
  @Test
  void shippedExamplesCoverEveryPrincipleOfTheStandardCodebookAndNoOther() {
    List<PrincipleExamples.Example> examples = PrincipleExamples.standard();
    Set<String> ids = Codebook.standard().principles().stream().map(Codebook.Principle::id).collect(Collectors.toSet());
    Map<String, Long> perPrinciple = examples.stream().flatMap(e -> e.principleIds().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(ids, perPrinciple.keySet());
    perPrinciple.forEach((id, count) -> assertTrue(count >= 15, id + ": " + count));
    Set<String> texts = new HashSet<>();
    examples.forEach(e -> assertTrue(texts.add(e.text().strip().toLowerCase(java.util.Locale.ROOT)), e.text()));
  }

  @Test
  void readsTextsWithOneOrMorePrinciplesAndRejectsUnlabelledRows() throws IOException {
    List<PrincipleExamples.Example> read = PrincipleExamples.read(new StringReader(
        "text,principles\n\"Fleråriga bidrag, tack\",long_term\nMer dialog och insyn,dialogue; openness\n"));
    assertEquals(List.of(new PrincipleExamples.Example("Fleråriga bidrag, tack", List.of("long_term")),
        new PrincipleExamples.Example("Mer dialog och insyn", List.of("dialogue", "openness"))), read);
    assertThrows(IllegalArgumentException.class,
        () -> PrincipleExamples.read(new StringReader("text,principles\nUtan etikett,\n")));
  }
}
