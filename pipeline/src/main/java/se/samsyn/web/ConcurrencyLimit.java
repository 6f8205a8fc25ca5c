package se.samsyn.web;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * At most so many requests of one kind at once (each holds a whole result in memory); the next
 * one gets 503 with {@code Retry-After} instead of taking the server's memory.
 */
final class ConcurrencyLimit {
  private final Semaphore permits;

  ConcurrencyLimit(int atOnce) {
    this.permits = new Semaphore(atOnce);
  }

  Handler around(Handler handler) {
    return ctx -> {
      if (!permits.tryAcquire()) {
        throw new SearchUnavailable("too many exports at once; try again in a moment", true);
      }
      try {
        handler.handle(ctx);
      } finally {
        permits.release();
      }
    };
  }
}
