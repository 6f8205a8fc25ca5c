package se.samsyn.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file completely to a temporary sibling, then moves it into place in one step. */
public final class AtomicFiles {
  /** Writes the content of one text file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes the content of one binary file. */
  @FunctionalInterface
  public interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Fills the temporary file. */
  @FunctionalInterface
  private interface Fill {
    void into(Path temp) throws IOException;
  }

  public static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Writes a UTF-8 text file. */
  public static void write(Path target, Content content) throws IOException {
    replace(target, temp -> {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
    });
  }

  /** Writes a binary file. */
  public static void writeBytes(Path target, Bytes content) throws IOException {
    replace(target, temp -> {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
    });
  }

  /** Removes the temporary files that writers stopped mid-write (a crash, a kill) left in {@code folder}. */
  public static void deleteLeftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void replace(Path target, Fill fill) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMP_SUFFIX);
    try {
      fill.into(temp);
      shareable(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Temporary files are private (0600); outputs are read by colleagues and other tools, as any written file. */
  private static void shareable(Path temp) throws IOException {
    if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
