package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void computesOnceAndKeepsTheValue() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>(() -> "model " + calls.incrementAndGet());

    assertEquals("model 1", lazy.get());
    assertEquals("model 1", lazy.get());
    assertEquals(1, calls.get());
  }

  @Test
  void aFailureIsNotKeptSoTheNextCallTriesAgain() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new ModelLoadingException("cannot read the model", null);
      }
      return "model";
    });

    ModelLoadingException e = assertThrows(ModelLoadingException.class, lazy::get);
    assertEquals("cannot read the model", e.getMessage());
    assertEquals("model", lazy.get());
  }
}
