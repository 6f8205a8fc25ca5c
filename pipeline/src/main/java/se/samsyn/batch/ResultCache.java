package se.samsyn.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.core.AtomicFiles;
import se.samsyn.core.Checksums;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.Json;
import se.samsyn.core.Version;

/**
 * Results of earlier runs in {@code OUT/.samsyn/cache}, keyed by file content and by everything
 * that shapes the result (pipeline version, segmentation settings), so a re-run only processes
 * new or changed files. An unreadable entry is treated as missing.
 */
final class ResultCache {
  private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
  static final String FOLDER = "cache";

  /** Bump when segmentation output changes, so cached results of older runs are not reused. */
  private static final int PIPELINE_REVISION = 1;

  private final Path folder;
  private final String settingsKey;

  /** The cache of the run folder these settings write to, for results made with them. */
  ResultCache(RunSettings settings) {
    this.folder = StagedRuns.internal(settings.out()).resolve(FOLDER);
    this.settingsKey = key(settings);
  }

  /** What of the settings shapes a file's result, with the version that made it, as 12 hex digits. */
  static String key(RunSettings settings) {
    String shaping = String.join("\u0000", Version.current(), Integer.toString(PIPELINE_REVISION),
        String.join("\u0001", settings.segmentation().textColumns()).toLowerCase(Locale.ROOT),
        Integer.toString(settings.segmentation().maxStatementWords()),
        Integer.toString(settings.maxCharacters()), Integer.toString(settings.maxStatementCharacters()));
    return Checksums.sha256(shaping).substring(0, 12);
  }

  Optional<DocumentResult> find(String sha256) {
    Path entry = entry(sha256);
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.MAPPER.readValue(entry.toFile(), DocumentResult.class));
    } catch (IOException e) {
      LOG.debug("ignoring unreadable cache entry {}", entry, e);
      return Optional.empty();
    }
  }

  void put(String sha256, DocumentResult result) throws IOException {
    AtomicFiles.write(entry(sha256), writer -> Json.MAPPER.writeValue(writer, result));
  }

  /** Removes entries that no current input uses. */
  void retainOnly(java.util.Set<String> sha256s) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (name.endsWith(".json") && !sha256s.contains(name.substring(0, Math.min(64, name.length())))) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  private Path entry(String sha256) {
    return folder.resolve(sha256 + "-" + settingsKey + ".json");
  }
}
