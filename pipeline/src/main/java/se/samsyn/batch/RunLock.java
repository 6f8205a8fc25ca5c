package se.samsyn.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of a run folder: an operating-system lock on {@code OUT/.samsyn/lock}, which holds
 * the owner's pid and start time so that a second writer can name it. The system releases the lock
 * when its process dies, however it dies, so a stale lock is simply taken over.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  static final String FILE = "lock";
  private static final Duration OWNER_RECORD_GRACE = Duration.ofSeconds(2);

  /** Another live process writes the folder. */
  public static final class Busy extends Exception {
    Busy(String message) {
      super(message);
    }
  }

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of run folder {@code out}. When another process holds it, throws {@link Busy}
   * naming the holder, or, with {@code wait}, says so in the log and waits until the holder ends.
   */
  public static RunLock acquire(Path out, boolean wait) throws IOException, Busy {
    Optional<RunLock> lock = tryAcquire(out);
    if (lock.isPresent()) {
      return lock.get();
    }
    String busy = out + " is being written by another samsyn run (" + holder(out) + ")";
    if (!wait) {
      throw new Busy(busy + "; wait for it to finish (--wait) or choose another --out");
    }
    LOG.warn("{}; waiting for it to finish", busy);
    return take(out, true).orElseThrow(() -> new Busy(busy + ", in this same process"));
  }

  /** The lock when no other process holds it. */
  static Optional<RunLock> tryAcquire(Path out) throws IOException {
    return take(out, false);
  }

  private static Optional<RunLock> take(Path out, boolean block) throws IOException {
    Path file = Files.createDirectories(StagedRuns.internal(out)).resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = block ? channel.lock() : channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    String before = read(channel);
    if (!before.isBlank()) {
      LOG.info("taking over the lock of {}, which is no longer running", before);
    }
    ProcessHandle self = ProcessHandle.current();
    String owner = "pid " + self.pid() + ", started "
        + self.info().startInstant().orElse(Instant.now()).toString();
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
    return Optional.of(new RunLock(out, channel, lock));
  }

  /** The run folder this lock guards. */
  Path folder() {
    return folder;
  }

  /**
   * The holder as it recorded itself. A holder writes its name right after taking the lock, so a
   * blank file is read again for a moment before it is reported as not yet recorded.
   */
  private static String holder(Path out) {
    try (FileChannel channel = FileChannel.open(StagedRuns.internal(out).resolve(FILE), StandardOpenOption.READ)) {
      long deadline = System.nanoTime() + OWNER_RECORD_GRACE.toNanos();
      String owner = read(channel);
      while (owner.isBlank() && System.nanoTime() < deadline) {
        Thread.sleep(20);
        owner = read(channel);
      }
      return owner.isBlank() ? "owner not yet recorded" : owner;
    } catch (IOException e) {
      return "owner unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "owner not yet recorded";
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(256);
    int length = channel.read(buffer, 0);
    return length <= 0 ? "" : new String(buffer.array(), 0, length, StandardCharsets.UTF_8).strip();
  }

  /** Clears the owner and releases the lock (the file stays: removing it would race with the next writer). */
  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }
}
