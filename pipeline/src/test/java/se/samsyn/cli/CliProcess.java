package se.samsyn.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The samsyn CLI in a separate JVM (a real process that can be killed), with its stderr collected. */
final class CliProcess implements AutoCloseable {
  private static final Duration LONGEST = Duration.ofMinutes(5);

  private final Process process;
  private final List<String> errLines = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> errDone;

  private CliProcess(Process process) {
    this.process = process;
    this.errDone = CompletableFuture.runAsync(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          synchronized (errLines) {
            errLines.add(line);
            errLines.notifyAll();
          }
        }
      } catch (IOException e) {
        // the process is gone
      }
    }, CliProcess::readerThread);
  }

  /** Each process's stderr gets its own thread: the common pool may have one, and a paused process keeps it. */
  private static void readerThread(Runnable reader) {
    Thread.ofPlatform().daemon().name("stderr reader").start(reader);
  }

  /**
   * Starts {@code samsyn ARGS} with this test's class path.
   *
   * @param prefix     command words before java (e.g. to drop privileges), may be empty
   * @param properties system properties as {@code -Dname=value} words
   */
  static CliProcess start(List<String> prefix, List<String> properties, String... args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    // a test's run is short: the optimising compiler would cost more CPU than it saves (a third of a small run's)
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(properties);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    return new CliProcess(process);
  }

  /** Waits until a stderr line contains {@code text}; false when the process ended first. */
  boolean awaitErr(String text) throws InterruptedException {
    long deadline = System.nanoTime() + LONGEST.toNanos();
    synchronized (errLines) {
      while (System.nanoTime() < deadline) {
        if (errLines.stream().anyMatch(line -> line.contains(text))) {
          return true;
        }
        if (!process.isAlive() && errDone.isDone()) {
          return false;
        }
        errLines.wait(200);
      }
    }
    throw new AssertionError("no '" + text + "' on stderr within " + LONGEST + ": " + err());
  }

  /** {@code kill -9} of the samsyn process itself (its extraction workers are orphaned, as with a real kill). */
  void kill() throws InterruptedException {
    List<ProcessHandle> workers = process.descendants().toList();
    process.destroyForcibly();
    process.waitFor();
    workers.forEach(ProcessHandle::destroyForcibly);
  }

  int exitCode() throws InterruptedException {
    if (!process.waitFor(LONGEST.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("samsyn did not finish within " + LONGEST + ": " + err());
    }
    errDone.join();
    return process.exitValue();
  }

  String err() {
    return String.join("\n", errLines);
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
