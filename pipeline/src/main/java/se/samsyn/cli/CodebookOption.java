package se.samsyn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.samsyn.models.Codebook;

/** The {@code --codebook} option: the standard codebook, or the file it names. */
final class CodebookOption {
  @Option(names = "--codebook", paramLabel = "FILE", description = "Principles codebook (JSON) instead of the standard one.")
  private Path file;

  /** The codebook; a missing or invalid file is a usage error. */
  Codebook load() {
    if (file == null) {
      return Codebook.standard();
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("codebook not found: " + file);
    }
    try {
      return Codebook.read(file);
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
