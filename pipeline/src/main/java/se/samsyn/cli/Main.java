package se.samsyn.cli;

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
    return SamsynCommand.commandLine().execute(args);
  }
}
