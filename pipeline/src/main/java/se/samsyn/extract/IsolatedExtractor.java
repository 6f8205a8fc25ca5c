package se.samsyn.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.core.Extraction;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.Json;
import se.samsyn.core.SourceFile;

/**
 * Runs {@link TikaExtractor} in a pool of child JVMs, so that a parser that hangs, crashes or runs
 * out of memory costs one file, not the batch: the child is killed or found dead, the file gets
 * a TIMEOUT or FAILED status, and a fresh child takes the next file.
 *
 * <p>Tika's own ForkParser proxies SAX events per call and has no per-file memory cap; a child
 * that answers with a whole {@link Extraction} keeps the protocol to one JSON line each way.
 */
public final class IsolatedExtractor implements Extractor, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IsolatedExtractor.class);

  /** Settings of the child processes. */
  public record Settings(int workers, Duration timeout, String workerHeap, int maxCharacters) {
    public Settings {
      if (workers < 1) {
        throw new IllegalArgumentException("at least one worker");
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
    }
  }

  private final Settings settings;
  private final List<String> command;
  private final BlockingQueue<Worker> idle;

  public IsolatedExtractor(Settings settings) {
    this.settings = settings;
    this.command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + settings.workerHeap(),
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:+UseSerialGC",
        // the quick compiler only: the optimising one costs more on Tika's parsers than it earns back in a worker
        // (measured: twice the CPU over 500 files, a third more over 5,000)
        "-XX:TieredStopAtLevel=1",
        // stdout carries the answers: the JVM writes its own messages ("Terminating due to
        // java.lang.OutOfMemoryError", which crashReason looks for) to stderr, and no -Xlog output
        // (not even one from JAVA_TOOL_OPTIONS) but warnings and errors, there too
        "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr",
        "-Dfile.encoding=UTF-8",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
        "-cp", System.getProperty("java.class.path"),
        ExtractionWorker.class.getName(),
        Integer.toString(settings.maxCharacters()));
    this.idle = new LinkedBlockingQueue<>();
    for (int i = 0; i < settings.workers(); i++) {
      idle.add(new Worker());
    }
  }

  private static String describe(Duration duration) {
    return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
  }

  @Override
  public Extraction extract(SourceFile file) {
    if (file.size() == 0) {
      return Extraction.failed(file, ExtractionStatus.SKIPPED, "", "empty file");
    }
    Worker worker;
    try {
      worker = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Extraction.failed(file, ExtractionStatus.FAILED, "", "interrupted");
    }
    try {
      return worker.extract(file);
    } finally {
      idle.add(worker);
    }
  }

  @Override
  public void close() {
    List<Worker> workers = new ArrayList<>();
    idle.drainTo(workers);
    workers.forEach(Worker::stop);
  }

  /** One slot of the pool: a child process, started again on demand after it died or was killed. */
  private final class Worker {
    private static final String END_OF_STREAM = "\u0000end";

    private Process process;
    private Writer requests;
    private BlockingQueue<String> answers;
    private final Deque<String> recentErrors = new ArrayDeque<>();

    Extraction extract(SourceFile file) {
      try {
        ensureRunning();
        requests.write(Json.MAPPER.writeValueAsString(file));
        requests.write('\n');
        requests.flush();
        String line = answers.poll(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
          stop();
          return Extraction.failed(file, ExtractionStatus.TIMEOUT, "",
              "no result within " + describe(settings.timeout()) + "; extraction stopped");
        }
        if (line.equals(END_OF_STREAM)) {
          String reason = crashReason();
          stop();
          return Extraction.failed(file, ExtractionStatus.FAILED, "", reason);
        }
        return Json.MAPPER.readValue(line, Extraction.class);
      } catch (IOException e) {
        String reason = crashReason();
        stop();
        return Extraction.failed(file, ExtractionStatus.FAILED, "", reason);
      } catch (InterruptedException e) {
        stop();
        Thread.currentThread().interrupt();
        return Extraction.failed(file, ExtractionStatus.FAILED, "", "interrupted");
      }
    }

    private void ensureRunning() throws IOException {
      if (process != null && process.isAlive()) {
        return;
      }
      stop();
      Process child = new ProcessBuilder(command).start();
      BlockingQueue<String> childAnswers = new LinkedBlockingQueue<>();
      daemon("extraction-worker-stdout", () -> readAnswers(child, childAnswers));
      daemon("extraction-worker-stderr", () -> readErrors(child));
      process = child;
      answers = childAnswers;
      requests = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
    }

    private static void daemon(String name, Runnable task) {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    }

    private static void readAnswers(Process child, BlockingQueue<String> sink) {
      try (BufferedReader reader = child.inputReader(StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          sink.add(line);
        }
      } catch (IOException e) {
        LOG.debug("extraction worker stdout closed", e);
      } finally {
        sink.add(END_OF_STREAM);
      }
    }

    private void readErrors(Process child) {
      try (BufferedReader reader = child.errorReader(StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          LOG.debug("extraction worker: {}", line);
          synchronized (recentErrors) {
            recentErrors.addLast(line);
            if (recentErrors.size() > 20) {
              recentErrors.removeFirst();
            }
          }
        }
      } catch (IOException e) {
        LOG.debug("extraction worker stderr closed", e);
      }
    }

    private String crashReason() {
      Integer exit = null;
      try {
        if (process != null && process.waitFor(2, TimeUnit.SECONDS)) {
          exit = process.exitValue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      boolean outOfMemory;
      synchronized (recentErrors) {
        outOfMemory = recentErrors.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
        recentErrors.clear();
      }
      if (outOfMemory) {
        return "parser ran out of memory (limit " + settings.workerHeap() + "); extraction stopped";
      }
      return "parser process crashed" + (exit == null ? "" : " (exit code " + exit + ")");
    }

    void stop() {
      if (process != null) {
        process.destroyForcibly();
        process = null;
      }
    }
  }
}
