package se.samsyn.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.models.Codebook;
import se.samsyn.run.RunFolder;
import se.samsyn.search.QuerySyntaxException;
import se.samsyn.search.StatementIndex;

/**
 * {@code samsyn serve}: the search page and its JSON API over one statement index, reopening the
 * index when a run commits to it.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final long REFRESH_MILLIS = 1_000;
  private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /**
   * Where to listen and what to serve.
   *
   * @param indexFolder the Lucene index folder
   * @param host        address to bind (127.0.0.1 by default)
   * @param port        port, 0 for any free one
   * @param writeToken  the token review writes must carry, or empty for none (loopback only)
   * @param allowedHosts {@code Host} names answered besides the bound address and localhost
   */
  public record Settings(Path indexFolder, String host, int port, String writeToken, List<String> allowedHosts) {
    public Settings {
      Objects.requireNonNull(indexFolder, "indexFolder");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(writeToken, "writeToken");
      allowedHosts = List.copyOf(allowedHosts);
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
    }

    /** Without a write token or further Host names. */
    public Settings(Path indexFolder, String host, int port) {
      this(indexFolder, host, port, "", List.of());
    }
  }

  /** CSV exports served at once (each holds its whole result in memory). */
  private static final int EXPORTS_AT_ONCE = 4;

  /** Longest time a search waits for the analysis chain while the server starts. */
  private static final Duration SEARCH_WAIT = Duration.ofSeconds(60);

  private final LiveIndex index;
  private final PendingSearch search;
  private final Javalin app;

  private WebServer(LiveIndex index, PendingSearch search, Javalin app) {
    this.index = index;
    this.search = search;
    this.app = app;
  }

  /**
   * Opens the index and starts listening at once; the Swedish analysis chain loads in the
   * background, and searches that arrive before it is ready wait for it. A folder without an index
   * throws {@link java.nio.file.NoSuchFileException}, an index built with another analysis an
   * {@link IOException}, an address that cannot be listened on a {@link BindException}.
   *
   * @param codebook the principles, for principle filters and expansion
   */
  public static WebServer start(Settings settings, Codebook codebook) throws IOException {
    return start(settings, codebook, () -> SearchSetup.swedish(codebook), SEARCH_WAIT);
  }

  /** As {@link #start(Settings, Codebook)} with the standard codebook, the set-up loaded by {@code load}. */
  static WebServer start(Settings settings, Callable<SearchSetup> load, Duration searchWait) throws IOException {
    return start(settings, Codebook.standard(), load, searchWait);
  }

  /** As {@link #start(Settings, Codebook)}, with the set-up loaded by {@code load}. */
  static WebServer start(Settings settings, Codebook codebook, Callable<SearchSetup> load, Duration searchWait)
      throws IOException {
    String version = IndexAnalysis.swedishVersion();
    LiveIndex index = LiveIndex.open(() -> StatementIndex.open(settings.indexFolder(), version), REFRESH_MILLIS);
    PendingSearch search = new PendingSearch(load, searchWait);
    try {
      RunFolder run = RunFolder.holding(settings.indexFolder());
      SearchApi api = new SearchApi(index, search, run.emergingThemes());
      SourceApi sources = new SourceApi(index, new SourceFiles(run));
      ReviewApi review = new ReviewApi(index, run, codebook,
          new WriteGuard(settings.writeToken()));
      Javalin app = create(api, sources, review, new StaticAssets(), new HostCheck(settings.host(), settings.allowedHosts()));
      listen(app, settings);
      search.start();
      LOG.info("serving {} on http://{}:{}/", settings.indexFolder(), settings.host(), app.port());
      return new WebServer(index, search, app);
    } catch (IOException | RuntimeException e) {
      search.close();
      index.close();
      throw e;
    }
  }

  private static void listen(Javalin app, Settings settings) throws BindException {
    try {
      app.start(settings.host(), settings.port());
    } catch (JavalinBindException e) {
      app.stop();
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      boolean taken = cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use");
      BindException bind = new BindException(taken
          ? "port " + settings.port() + " on " + settings.host() + " is already in use"
          : "cannot listen on " + settings.host() + ":" + settings.port() + " (" + reason(cause) + ")");
      bind.initCause(e);
      throw bind;
    }
  }

  private static String reason(Throwable cause) {
    if (cause instanceof UnresolvedAddressException) {
      return "unknown host";
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  private static Javalin create(SearchApi api, SourceApi sources, ReviewApi review, StaticAssets assets,
      HostCheck hosts) {
    ConcurrencyLimit exports = new ConcurrencyLimit(EXPORTS_AT_ONCE, Duration.ZERO,
        "too many exports at once; try again in a moment");
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!hosts.admits(ctx)) {
          ctx.skipRemainingHandlers();
          error(ctx, HostCheck.MISDIRECTED, "this server does not answer for Host '" + ctx.header("Host")
              + "'; open it by the address it listens on, or start it with --allow-host");
        }
      });
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/statements/{id}", api::statement);
      config.routes.get("/api/overview", api::overview);
      config.routes.get("/api/themes", api::themes);
      config.routes.get("/api/principles", api::principles);
      config.routes.get("/api/health", api::health);
      config.routes.get("/api/export.csv", exports.around(api::exportCsv));
      config.routes.get("/api/documents/{id}/source", sources::source);
      config.routes.get("/api/review/queue", review::queue);
      config.routes.post("/api/review/codings", review::code);
      config.routes.get("/", ctx -> asset(ctx, assets, "index.html"));
      config.routes.get("/review", ctx -> asset(ctx, assets, "review.html"));
      config.routes.get("/assets/{name}", ctx -> asset(ctx, assets, ctx.pathParam("name")));
      config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      config.routes.exception(QuerySyntaxException.class,
          (e, ctx) -> error(ctx, 400, "cannot read the query: " + e.getMessage()));
      config.routes.exception(SearchUnavailable.class, (e, ctx) -> {
        if (e.temporary()) {
          ctx.header("Retry-After", "2");
        }
        error(ctx, e.status(), e.getMessage());
      });
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.toString());
        error(ctx, 500, "internal error; see the server log");
      });
      config.routes.error(404, "*", ctx -> {
        if (ctx.result() == null) {
          error(ctx, 404, "not found: " + ctx.path());
        }
      });
    });
  }

  private static void asset(Context ctx, StaticAssets assets, String name) {
    StaticAssets.Asset asset = assets.get(name).orElse(null);
    if (asset == null) {
      error(ctx, 404, "not found: " + ctx.path());
      return;
    }
    ctx.contentType(asset.contentType());
    ctx.header("Cache-Control", "no-cache");
    ctx.result(asset.content());
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    SearchApi.json(ctx, SearchApi.message(message));
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Opens the newest commit of the index now instead of at the next check. */
  public void refresh() throws IOException {
    index.refresh();
  }

  @Override
  public void close() {
    app.stop();
    search.close();
    index.close();
  }
}
