package se.samsyn.cli;

import java.io.PrintWriter;
import se.samsyn.batch.Progress;

/**
 * For crash tests: with {@code -Dsamsyn.pause-at=POINT} (a point a run passes, such as
 * {@code grouped} or {@code switched run.json}), a run stops at that point, says so on stderr and
 * waits to be killed, so that a test can {@code kill -9} it at a chosen moment.
 */
final class CrashTestPause implements Progress {
  static final String PROPERTY = "samsyn.pause-at";

  private final Progress progress;
  private final String point;
  private final PrintWriter err;

  private CrashTestPause(Progress progress, String point, PrintWriter err) {
    this.progress = progress;
    this.point = point;
    this.err = err;
  }

  /** {@code progress}, pausing at the point the system property names (when it names one). */
  static Progress around(Progress progress, PrintWriter err) {
    String point = System.getProperty(PROPERTY, "");
    return point.isBlank() ? progress : new CrashTestPause(progress, point, err);
  }

  @Override
  public void fileDone(int done, int total) {
    progress.fileDone(done, total);
  }

  @Override
  public void checkpoint(String reached) {
    progress.checkpoint(reached);
    if (!reached.equals(point)) {
      return;
    }
    err.println("samsyn: paused at " + reached + " (pid " + ProcessHandle.current().pid() + ")");
    err.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
