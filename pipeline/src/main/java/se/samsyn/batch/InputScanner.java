package se.samsyn.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.PatternSyntaxException;
import se.samsyn.core.Checksums;
import se.samsyn.core.SourceFile;

/** Finds and fingerprints the input files of a batch. */
final class InputScanner {
  private InputScanner() {}

  /**
   * What a scan found: the files in a stable order, and the entries that could not be read with the
   * reason (the scan goes on past them).
   */
  record Scan(List<Path> files, Map<Path, String> unreadable) {}

  /**
   * The files under the inputs; hidden files and folders, anything inside the output folder, and
   * files and folders matching an {@code excludes} glob are left out. A glob matches a path relative
   * to its input folder ({@code utkast/**}) or a file or folder name ({@code README.md}, {@code *.tmp}).
   */
  static Scan list(List<Path> inputs, Path out, List<String> excludes) throws IOException {
    Path outFolder = out.toAbsolutePath().normalize();
    List<PathMatcher> excluded = excludes.stream().map(InputScanner::matcher).toList();
    TreeMap<String, Path> files = new TreeMap<>();
    Map<Path, String> unreadable = new TreeMap<>();
    for (Path input : inputs) {
      if (!Files.isDirectory(input)) {
        if (!isExcluded(input.getFileName(), excluded)) {
          files.put(displayName(input), input);
        }
        continue;
      }
      Files.walkFileTree(input, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          Path relative = input.relativize(dir);
          return isHidden(relative) || dir.toAbsolutePath().normalize().startsWith(outFolder)
              || !dir.equals(input) && isExcluded(relative, excluded) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (Files.isRegularFile(file) && !isHidden(input.relativize(file)) && !isExcluded(input.relativize(file), excluded)
              && !file.toAbsolutePath().normalize().startsWith(outFolder)) {
            files.put(displayName(file), file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!isHidden(input.relativize(file))) {
            unreadable.put(file, e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }
    return new Scan(new ArrayList<>(files.values()), unreadable);
  }

  static SourceFile describe(Path file) throws IOException {
    return SourceFile.read(file, displayName(file));
  }

  /** A file that is not read (too large or unreadable): recorded without a checksum. */
  static SourceFile unread(Path file, long size) {
    return new SourceFile(file.toAbsolutePath().normalize(), displayName(file), Checksums.NOT_READ, size);
  }

  /** The path as the user would write it: relative to the working directory when beneath it. */
  static String displayName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : file.normalize();
    return shown.toString().replace('\\', '/');
  }

  /** The matcher of an exclude glob; a pattern that is not a glob throws {@link IllegalArgumentException}. */
  static PathMatcher matcher(String glob) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("'" + glob + "' is not a file pattern: " + e.getDescription(), e);
    }
  }

  private static boolean isExcluded(Path relative, List<PathMatcher> excluded) {
    Path name = relative.getFileName();
    return excluded.stream().anyMatch(m -> m.matches(relative) || name != null && m.matches(name));
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
