package se.samsyn.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file as found by the batch: where it is, how the user names it, and its content hash.
 *
 * @param path   absolute path to read from
 * @param source the path as shown in outputs (relative to the working directory when possible)
 * @param sha256 lower-case hex SHA-256 of the file content
 * @param size   size in bytes
 */
public record SourceFile(Path path, String source, String sha256, long size) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }

  /** A file as it is on disk now: its content hashed, its size, shown as {@code source}. */
  public static SourceFile read(Path file, String source) throws IOException {
    return new SourceFile(file.toAbsolutePath().normalize(), source, Checksums.sha256(file), Files.size(file));
  }

  /** Stable document id: derived from the content alone, so renaming or moving a file keeps it. */
  public String documentId() {
    return sha256.substring(0, 16);
  }
}
