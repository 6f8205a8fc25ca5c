package se.samsyn.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SearchSetup}, loaded on a background thread so that the server listens and answers
 * everything but searches at once. A search that arrives while it loads waits for it, up to a limit.
 */
final class PendingSearch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PendingSearch.class);

  /** What {@link #state()} reports. */
  enum State { LOADING, READY, FAILED }

  private final CompletableFuture<SearchSetup> setup = new CompletableFuture<>();
  private final Duration wait;
  private final Thread loader;

  /** @param wait longest time a search waits for the set-up before it is answered with 503 */
  PendingSearch(Callable<SearchSetup> load, Duration wait) {
    this.wait = wait;
    this.loader = Thread.ofPlatform().daemon().name("samsyn-analysis-load").unstarted(() -> run(load));
  }

  /** Starts loading. */
  void start() {
    loader.start();
  }

  private void run(Callable<SearchSetup> load) {
    long start = System.nanoTime();
    try {
      setup.complete(load.call());
      LOG.info("search ready: analysis chain loaded in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    } catch (Exception e) {
      LOG.error("cannot load the analysis chain; searches will fail: {}", e.toString());
      setup.completeExceptionally(e);
    } catch (Error e) {
      setup.completeExceptionally(e);
      throw e;
    }
  }

  State state() {
    if (!setup.isDone()) {
      return State.LOADING;
    }
    return setup.isCompletedExceptionally() ? State.FAILED : State.READY;
  }

  /** The set-up, once loaded; throws {@link SearchUnavailable} when loading takes too long or failed. */
  SearchSetup await() throws InterruptedException {
    try {
      return setup.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new SearchUnavailable("the search is still starting (loading the Swedish analysis); try again shortly",
          true);
    } catch (ExecutionException e) {
      throw new SearchUnavailable("searching is not possible: the Swedish analysis could not be loaded ("
          + e.getCause().getMessage() + "); see the server log", false);
    }
  }

  /** Closes the set-up now, or as soon as it has loaded. */
  @Override
  public void close() {
    setup.thenAccept(SearchSetup::close);
  }
}
