package se.samsyn.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samsyn.export.EmergingThemeTable;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.search.PrincipleExpansion;
import se.samsyn.search.QuerySyntaxException;
import se.samsyn.search.StatementSearcher;

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
   */
  public record Settings(Path indexFolder, String host, int port) {
    public Settings {
      Objects.requireNonNull(indexFolder, "indexFolder");
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
    }
  }

  private final LiveSearcher searcher;
  private final Javalin app;

  private WebServer(LiveSearcher searcher, Javalin app) {
    this.searcher = searcher;
    this.app = app;
  }

  /**
   * Opens the index and starts listening. A folder without an index throws
   * {@link java.nio.file.NoSuchFileException}.
   */
  public static WebServer start(Settings settings, IndexAnalysis analysis, PrincipleExpansion expansion)
      throws IOException {
    LiveSearcher searcher = LiveSearcher.open(
        () -> StatementSearcher.open(settings.indexFolder(), analysis, expansion), REFRESH_MILLIS);
    try {
      SearchApi api = new SearchApi(searcher, expansion, EmergingThemeTable.beside(settings.indexFolder()));
      Javalin app = create(api, new StaticAssets());
      app.start(settings.host(), settings.port());
      LOG.info("serving {} on http://{}:{}/", settings.indexFolder(), settings.host(), app.port());
      return new WebServer(searcher, app);
    } catch (RuntimeException e) {
      searcher.close();
      throw e;
    }
  }

  private static Javalin create(SearchApi api, StaticAssets assets) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
      });
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/statements/{id}", api::statement);
      config.routes.get("/api/overview", api::overview);
      config.routes.get("/api/themes", api::themes);
      config.routes.get("/api/health", api::health);
      config.routes.get("/api/export.csv", api::exportCsv);
      config.routes.get("/", ctx -> asset(ctx, assets, "index.html"));
      config.routes.get("/assets/{name}", ctx -> asset(ctx, assets, ctx.pathParam("name")));
      config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      config.routes.exception(QuerySyntaxException.class,
          (e, ctx) -> error(ctx, 400, "cannot read the query: " + e.getMessage()));
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
    searcher.refresh();
  }

  @Override
  public void close() {
    app.stop();
    searcher.close();
  }
}
