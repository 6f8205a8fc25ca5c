package se.samsyn.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files, read once from the classpath. Only the files named here are ever served, so no
 * request can reach a file elsewhere.
 */
final class StaticAssets {
  /** A file of the page and its content type. */
  record Asset(byte[] content, String contentType) {}

  private static final Map<String, String> FILES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "app.css", "text/css; charset=utf-8",
      "i18n.js", "text/javascript; charset=utf-8",
      "review.html", "text/html; charset=utf-8",
      "review.js", "text/javascript; charset=utf-8",
      "review.css", "text/css; charset=utf-8",
      "dom.js", "text/javascript; charset=utf-8");

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  StaticAssets() {
    FILES.forEach((name, type) -> assets.put(name, new Asset(read(name), type)));
  }

  Optional<Asset> get(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource se/samsyn/web/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
