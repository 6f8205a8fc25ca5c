package se.samsyn.cli;

import java.util.Arrays;

/** Configures the SLF4J simple binding: one line per message on stderr, DEBUG with --verbose. */
final class Logging {
  /** Lucene logs through java.util.logging (e.g. a warning about the vector module); kept referenced. */
  private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

  private Logging() {}

  /**
   * Reads {@code --verbose} from the raw arguments: the logging must be set before picocli builds the
   * commands, whose classes may log as they load.
   */
  static void configure(String[] args) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache", verbose ? "info" : "error");
    // Javalin logs a failed start before the CLI explains it (e.g. a port in use)
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", verbose ? "info" : "off");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showLogName", Boolean.toString(verbose));
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "false");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "false");
    LUCENE.setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
  }
}
