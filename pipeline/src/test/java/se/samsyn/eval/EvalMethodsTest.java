package se.samsyn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samsyn.group.Examples;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

class EvalMethodsTest {
  private static final Codebook CODEBOOK = Codebook.standard();

  @Test
  void aBaselineOnTheClassPathIsAMethodThatTrainsAndScores() {
    assertTrue(EvalMethods.names().contains(MalletMaxEnt.NAME), EvalMethods.names()::toString);
    EvalMethod mallet = EvalMethods.create(MalletMaxEnt.NAME, CODEBOOK, text -> List.of());
    assertEquals(MalletMaxEnt.NAME, mallet.name());
    PrincipleClassifier.Model model = mallet.variants().getFirst().train(Examples.codebook(CODEBOOK));
    PrincipleClassifier.Scored scored = model.score(
        List.of(new PrincipleClassifier.Text("långsiktighet och långsiktiga villkor", ""))).getFirst();
    assertEquals("long_term", CODEBOOK.principles().get(scored.best()).id());
  }

  @Test
  void anUnknownMethodIsRefusedWithTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EvalMethods.create("no-such-method", CODEBOOK, text -> List.of()));
    assertTrue(e.getMessage().contains(MalletMaxEnt.NAME), e.getMessage());
  }
}
