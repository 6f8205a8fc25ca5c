package se.samsyn.web;

import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most so many requests of one kind at once; the others wait their turn in arrival order, each for
 * at most a given time, and then get 503 with {@code Retry-After} instead of piling up (or, with no
 * wait, get it at once).
 */
final class ConcurrencyLimit {
  private final Semaphore turns;
  private final long waitNanos;
  private final String busy;

  /**
   * @param wait the longest a request waits for its turn
   * @param busy what a request that got no turn is told
   */
  ConcurrencyLimit(int atOnce, Duration wait, String busy) {
    this.turns = new Semaphore(atOnce, true);
    this.waitNanos = wait.toNanos();
    this.busy = busy;
  }

  /** Takes a turn, waiting at most the limit's time; without one, throws {@link SearchUnavailable}. */
  void enter() throws InterruptedException {
    if (!turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
      throw new SearchUnavailable(busy, true);
    }
  }

  /** Gives back the turn {@link #enter} took. */
  void leave() {
    turns.release();
  }

  /** The handler, run in a turn. */
  Handler around(Handler handler) {
    return ctx -> {
      enter();
      try {
        handler.handle(ctx);
      } finally {
        leave();
      }
    };
  }
}
