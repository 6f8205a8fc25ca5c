package se.samsyn.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Checks of the options of {@code samsyn run} that need more than a range: folders, sizes, memory. */
final class RunChecks {
  /** Smallest heap an extraction worker can parse office files in. */
  static final long MIN_WORKER_HEAP = 128L * 1024 * 1024;
  /** Memory a worker process takes beyond its heap (code, threads, native buffers). */
  private static final long WORKER_OVERHEAD = 256L * 1024 * 1024;

  private RunChecks() {}

  /** Numeric option within {@code [min, max]}, or a usage error naming the option. */
  static long range(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new UsageException(String.format(Locale.ROOT, "%s takes %d to %d, not %d", option, min, max, value));
    }
    return value;
  }

  /**
   * The output folder must be apart from the material: inside an input it would be read as input
   * on the next run (or written into the material), around an input the input would be skipped.
   */
  static void separate(List<Path> inputs, Path out) {
    Path outFolder = real(out);
    for (Path input : inputs) {
      Path in = real(input);
      if (outFolder.startsWith(in)) {
        throw new UsageException("--out " + out + " is " + (outFolder.equals(in) ? "the input folder " : "inside the input ")
            + input + "; choose a folder outside the material");
      }
      if (in.startsWith(outFolder)) {
        throw new UsageException("input " + input + " is inside --out " + out + "; choose a folder outside the material");
      }
    }
  }

  /** Bytes of a size such as {@code 512m} or {@code 2g}, at least {@link #MIN_WORKER_HEAP}. */
  static long heapBytes(String size) {
    if (!size.matches("\\d{1,7}[kKmMgG]")) {
      throw new UsageException("--worker-heap takes a size such as 512m or 2g, not '" + size + "'");
    }
    long number = Long.parseLong(size.substring(0, size.length() - 1));
    long bytes = switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
      case 'k' -> number * 1024;
      case 'm' -> number * 1024 * 1024;
      default -> number * 1024 * 1024 * 1024;
    };
    if (bytes < MIN_WORKER_HEAP) {
      throw new UsageException("--worker-heap " + size + " is too small to parse documents; give at least 128m");
    }
    return bytes;
  }

  /**
   * Files the machine can process at once, each with its own worker process: at most one per core,
   * and as many worker heaps as fit in its memory.
   */
  static int threadLimit(long heapBytes) {
    long byMemory = Math.max(1, physicalMemory() / (heapBytes + WORKER_OVERHEAD));
    return (int) Math.min(Runtime.getRuntime().availableProcessors(), byMemory);
  }

  /** Why {@code requested} threads were lowered to {@code limit}, for the user. */
  static String threadNote(int requested, int limit, long heapBytes) {
    return String.format(Locale.ROOT, "samsyn: --threads %d lowered to %d (%d cores, %d MB of memory for workers"
        + " of %d MB each)", requested, limit, Runtime.getRuntime().availableProcessors(), physicalMemory() >> 20,
        heapBytes >> 20);
  }

  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return Runtime.getRuntime().maxMemory();
  }

  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** An {@code --exclude} pattern must be a glob. */
  static void glob(String pattern) {
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--exclude takes a file pattern such as README.md or 'utkast/**', not '" + pattern + "'");
    }
  }
}
