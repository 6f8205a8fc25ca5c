package se.samsyn.cli;

import java.io.PrintWriter;
import java.util.Locale;
import se.samsyn.batch.Progress;

/** A self-updating progress line on a terminal: files done, rate and time left. */
final class ConsoleProgress implements Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private boolean shown;

  ConsoleProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public synchronized void fileDone(int done, int total) {
    if (!enabled) {
      return;
    }
    double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
    double rate = done / seconds;
    long eta = Math.round((total - done) / Math.max(rate, 1e-9));
    err.printf(Locale.ROOT, "\r%d/%d files  %.1f files/s  ETA %d s   ", done, total, rate, eta);
    err.flush();
    shown = true;
  }

  synchronized void finish() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
