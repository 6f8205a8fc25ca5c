package se.samsyn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any long work starts, that a command will be able to write its output. */
final class OutputFolders {
  private OutputFolders() {}

  /** Creates the folder when missing and checks a file can be written there; a usage error otherwise. */
  static void requireWritable(Path folder, String option) {
    try {
      Files.createDirectories(folder);
      Files.deleteIfExists(Files.createTempFile(folder, ".samsyn-write-check", ".tmp"));
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot write to " + option + " " + folder + " (" + e.getMessage() + ")");
    }
  }

  /** As {@link #requireWritable(Path, String)} for the folder of an output file. */
  static void requireWritableFile(Path file, String option) {
    if (Files.isDirectory(file)) {
      throw new UsageException(option + " " + file + " is a folder; give a file name");
    }
    requireWritable(file.toAbsolutePath().getParent(), option);
  }
}
