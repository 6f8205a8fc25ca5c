package se.samsyn.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Who may write (review codings): only the page's own origin — a browser's cross-site request
 * carries another {@code Origin} or {@code Sec-Fetch-Site: cross-site}, and a cross-site form cannot
 * send JSON — and, when the server has a token (required when it listens beyond loopback), only a
 * request that carries it in {@value #TOKEN_HEADER}.
 */
final class WriteGuard {
  static final String TOKEN_HEADER = "X-Samsyn-Token";

  private final String token;

  /** @param token the token writes must carry, or empty for none */
  WriteGuard(String token) {
    this.token = token;
  }

  /** Throws 403 or 415 unless the request may write. */
  void check(Context ctx) {
    String origin = ctx.header("Origin");
    String own = ctx.scheme() + "://" + ctx.host();
    if (origin != null && !origin.equalsIgnoreCase(own)) {
      throw new HttpResponseException(403, "writes are only accepted from this server's own page");
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw new HttpResponseException(403, "writes are only accepted from this server's own page");
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpResponseException(415, "send the coding as application/json");
    }
    if (!token.isEmpty() && !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        String.valueOf(ctx.header(TOKEN_HEADER)).getBytes(StandardCharsets.UTF_8))) {
      throw new HttpResponseException(403, "this server needs its access token for writes (printed when it started)");
    }
  }

  /** Whether the page must send a token. */
  boolean needsToken() {
    return !token.isEmpty();
  }
}
