package se.samsyn.web;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.search.StatementIndex;

/**
 * The latest commit of an index. A background task checks about once a second whether the index
 * has a newer commit (as an incremental {@code samsyn run} writes) and opens it; requests still
 * running on the old commit finish before it is closed.
 */
final class LiveIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  /** Opens the newest commit. */
  @FunctionalInterface
  interface Opener {
    StatementIndex open() throws IOException;
  }

  /** A commit in use; {@link #close()} hands it back. */
  static final class Lease implements AutoCloseable {
    private final StatementIndex index;
    private final AtomicInteger references = new AtomicInteger(1);

    private Lease(StatementIndex index) {
      this.index = index;
    }

    StatementIndex index() {
      return index;
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
          index.close();
        } catch (IOException e) {
          LOG.warn("could not close an old index reader: {}", e.getMessage());
        }
      }
    }
  }

  private final Opener opener;
  private final ScheduledExecutorService refresher;
  private volatile Lease current;

  private LiveIndex(Opener opener, long refreshMillis) throws IOException {
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
  static LiveIndex open(Opener opener, long refreshMillis) throws IOException {
    return new LiveIndex(opener, refreshMillis);
  }

  /** The current commit; close the lease when done with it. */
  Lease acquire() {
    while (true) {
      Lease lease = current;
      if (lease.retain()) {
        return lease;
      }
    }
  }

  /** Opens the newest commit if the current one is older. */
  synchronized void refresh() throws IOException {
    Lease old = current;
    if (old.index().isCurrent()) {
      return;
    }
    current = new Lease(opener.open());
    old.close();
    LOG.info("reopened the index: {} statements", current.index().statementCount());
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
