package se.samsyn.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Entry point of the {@code samsyn} command. The only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI in-process and returns its exit code (tests call this). */
  public static int run(String... args) {
    Logging.configure(args);
    try {
      return SamsynCommand.commandLine(args).execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to its handler; an error reaches here
      System.err.printf(Locale.ROOT, "samsyn: out of memory: the Java heap (at most %d MB) is too small for this"
          + " input; give more with SAMSYN_JAVA_OPTS=-Xmx8g (for example) or split the input into smaller runs."
          + " Outputs are replaced only when a command finishes, so the earlier ones are as they were.%n",
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      return ExitCodes.INTERNAL_ERROR;
    }
  }
}
