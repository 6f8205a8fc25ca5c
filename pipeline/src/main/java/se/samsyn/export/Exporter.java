package se.samsyn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import se.samsyn.core.CodedRun;

/**
 * One output of a run, written from its coded records (never from the index). A new output is one
 * class implementing this and one line in {@code batch.RunOutputs}, which writes every output of a
 * run into the run's staging folder at once.
 */
@FunctionalInterface
public interface Exporter {
  /**
   * Writes this output's files into {@code folder}; {@code checkpoint} hears {@code "writing F"}
   * while file F is half-written and {@code "staged F"} once it is complete.
   */
  void write(CodedRun run, Path folder, Consumer<String> checkpoint) throws IOException;
}
