package se.samsyn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.samsyn.models.Codebook;

/** The codebook of a command: the standard one, or the file given with {@code --codebook}. */
final class Codebooks {
  private Codebooks() {}

  static Codebook load(Path file) throws IOException {
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
