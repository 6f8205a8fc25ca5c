package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ConcurrencyLimit}: so many turns at once; a request without one waits, at most the limit's
 * time, and then gets 503 with the limit's message; a turn is given back however its work ends.
 */
@Timeout(60)
class ConcurrencyLimitTest {
  @Test
  void withoutWaitingTheNextRequestGets503AtOnce() throws InterruptedException {
    ConcurrencyLimit limit = new ConcurrencyLimit(2, Duration.ZERO, "too many at once");
    limit.enter();
    limit.enter();

    SearchUnavailable busy = assertThrows(SearchUnavailable.class, limit::enter);
    assertEquals(503, busy.status());
    assertEquals("too many at once", busy.getMessage());
    limit.leave();
    limit.enter();
  }

  @Test
  void aWaitingRequestGetsTheTurnGivenBackWithinItsWait() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofSeconds(30), "busy");
    limit.enter();
    CompletableFuture<Void> entered = new CompletableFuture<>();
    Thread waiting = new Thread(() -> {
      try {
        limit.enter();
        entered.complete(null);
      } catch (InterruptedException | RuntimeException e) {
        entered.completeExceptionally(e);
      }
    });
    waiting.start();
    while (waiting.getState() != Thread.State.TIMED_WAITING && waiting.getState() != Thread.State.TERMINATED) {
      Thread.sleep(5); // until it waits for the turn (or, wrongly, has gone through)
    }

    assertFalse(entered.isDone(), "the second request waits while the turn is taken");
    limit.leave();
    entered.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aRequestThatWaitsLongerThanItsWaitGets503() throws InterruptedException {
    ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofMillis(200), "busy");
    limit.enter();
    long start = System.nanoTime();

    assertThrows(SearchUnavailable.class, limit::enter);
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200), "it waited first");
  }

  @Test
  void aHandlerThatFailsGivesItsTurnBack() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ZERO, "busy");
    IOException failure = new IOException("disk full");

    assertEquals(failure, assertThrows(IOException.class, () -> limit.around(ctx -> {
      throw failure;
    }).handle(null)));
    limit.enter();
  }
}
