package se.samsyn.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.samsyn.core.SourceFile;

/** Finds and fingerprints the input files of a batch. */
final class InputScanner {
  private InputScanner() {}

  /**
   * The files under the inputs in a stable order; hidden files and folders, and anything inside
   * the output folder, are left out.
   */
  static List<Path> list(List<Path> inputs, Path out) throws IOException {
    Path outFolder = out.toAbsolutePath().normalize();
    TreeMap<String, Path> files = new TreeMap<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(p -> !isHidden(input.relativize(p)))
              .filter(p -> !p.toAbsolutePath().normalize().startsWith(outFolder))
              .forEach(p -> files.put(displayName(p), p));
        }
      } else {
        files.put(displayName(input), input);
      }
    }
    return new ArrayList<>(files.values());
  }

  static SourceFile describe(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return new SourceFile(file.toAbsolutePath().normalize(), displayName(file),
        HexFormat.of().formatHex(digest.digest()), Files.size(file));
  }

  /** The path as the user would write it: relative to the working directory when beneath it. */
  static String displayName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : file.normalize();
    return shown.toString().replace('\\', '/');
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
