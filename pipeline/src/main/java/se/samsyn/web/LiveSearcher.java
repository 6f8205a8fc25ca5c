package se.samsyn.web;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.search.StatementSearcher;

/**
 * The searcher over the latest commit of an index. A background task checks about once a second
 * whether the index has a newer commit (as an incremental {@code samsyn run} writes) and opens it;
 * requests still running on the old searcher finish before it is closed.
 */
final class LiveSearcher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveSearcher.class);

  /** Opens a searcher over the newest commit. */
  @FunctionalInterface
  interface Opener {
    StatementSearcher open() throws IOException;
  }

  /** A searcher in use; {@link #close()} hands it back. */
  static final class Lease implements AutoCloseable {
    private final StatementSearcher searcher;
    private final AtomicInteger references = new AtomicInteger(1);

    private Lease(StatementSearcher searcher) {
      this.searcher = searcher;
    }

    StatementSearcher searcher() {
      return searcher;
    }

    private boolean retain() {
      int count;
      do {
        count = references.get();
        if (count == 0) {
          return false;
        }
      } while (!references.compareAndSet(count, count + 1));
      return true;
    }

    @Override
    public void close() {
      if (references.decrementAndGet() == 0) {
        try {
          searcher.close();
        } catch (IOException e) {
          LOG.warn("could not close an old index reader: {}", e.getMessage());
        }
      }
    }
  }

  private final Opener opener;
  private final ScheduledExecutorService refresher;
  private volatile Lease current;

  private LiveSearcher(Opener opener, long refreshMillis) throws IOException {
    this.opener = opener;
    this.current = new Lease(opener.open());
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "samsyn-index-refresh");
      thread.setDaemon(true);
      return thread;
    });
    refresher.scheduleWithFixedDelay(this::refreshQuietly, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
  }

  /** Opens the index now and starts checking for new commits every {@code refreshMillis}. */
  static LiveSearcher open(Opener opener, long refreshMillis) throws IOException {
    return new LiveSearcher(opener, refreshMillis);
  }

  /** The current searcher; close the lease when done with it. */
  Lease acquire() {
    while (true) {
      Lease lease = current;
      if (lease.retain()) {
        return lease;
      }
    }
  }

  /** Opens the newest commit if the current searcher does not see it. */
  synchronized void refresh() throws IOException {
    Lease old = current;
    if (old.searcher().isCurrent()) {
      return;
    }
    current = new Lease(opener.open());
    old.close();
    LOG.info("reopened the index: {} statements", current.searcher().statementCount());
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not reopen the index, still answering from the previous one: {}", e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    refresher.shutdownNow();
    current.close();
  }
}
