package se.samsyn.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.Json;
import se.samsyn.index.StatementSchema;
import se.samsyn.models.Codebook;
import se.samsyn.run.EmergingThemeTable;
import se.samsyn.search.QuerySyntaxException;
import se.samsyn.search.ResultFormat;
import se.samsyn.search.SearchRequest;
import se.samsyn.search.SearchResult;
import se.samsyn.search.StatementIndex;

/** The handlers of the JSON API and the CSV export. */
final class SearchApi {
  static final String JSON = "application/json; charset=utf-8";
  /** Most hits in one CSV export. */
  static final int EXPORT_LIMIT = 5_000;
  /** Default and most neighbouring statements shown on each side of a statement. */
  static final int CONTEXT = 3;
  static final int MAX_CONTEXT = 20;

  /**
   * Searches that run at once; later ones wait their turn in arrival order. Elasticsearch sizes its search
   * pool the same way. Under 20 clients on 2 cores, unbounded searches crowd each other out of the cores
   * and caches: 1.4 times the p99 latency and a tenth more CPU per request (README.md, "Browser search
   * API under load").
   */
  static final int CONCURRENT_SEARCHES = Runtime.getRuntime().availableProcessors() * 3 / 2 + 1;
  /**
   * The longest a search waits for its turn before it gets 503, so that an overloaded server answers
   * instead of holding ever more waiting requests (a search takes milliseconds, an export's search seconds).
   */
  static final Duration TURN_WAIT = Duration.ofSeconds(10);

  private final LiveIndex index;
  private final PendingSearch search;
  private final EmergingThemeTable themes;
  private final ConcurrencyLimit searchTurns = new ConcurrencyLimit(CONCURRENT_SEARCHES, TURN_WAIT,
      "the server is busy with other searches; try again in a moment");

  SearchApi(LiveIndex index, PendingSearch search, EmergingThemeTable themes) {
    this.index = index;
    this.search = search;
    this.themes = themes;
  }

  void search(Context ctx) throws IOException, QuerySyntaxException, InterruptedException {
    SearchSetup setup = search.await();
    SearchParameters parameters = SearchParameters.read(ctx::queryParam, setup.expansion());
    ObjectNode root = inTurn(current -> {
      SearchResult result = setup.engine().search(current, parameters.request(), parameters.offset());
      ObjectNode answer = ResultFormat.json(result);
      putDocumentNames(answer, current, Stream.concat(result.facets().get(StatementSchema.FACET_DOCUMENT)
          .keySet().stream(), result.hits().stream().map(hit -> hit.statement().source())));
      return answer;
    });
    root.put("page", parameters.page());
    root.put("size", parameters.size());
    root.put("pages", (root.get("total").asLong() + parameters.size() - 1) / parameters.size());
    json(ctx, root);
  }

  void statement(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int around = Math.min(MAX_CONTEXT, SearchParameters.number(ctx::queryParam, "around", CONTEXT));
    try (LiveIndex.Lease lease = index.acquire()) {
      StatementIndex s = lease.index();
      CodedStatement statement = s.statement(id).orElse(null);
      if (statement == null) {
        ctx.status(404);
        json(ctx, message("no statement with id '" + id + "'"));
        return;
      }
      json(ctx, StatementJson.withContext(statement, s.documentStatements(statement.documentId()), around));
    }
  }

  void overview(Context ctx) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    try (LiveIndex.Lease lease = index.acquire()) {
      root.put("total", lease.index().statementCount());
      ObjectNode facets = root.putObject("facets");
      Map<String, Map<String, Integer>> all = lease.index().facetsOfAll();
      for (Map.Entry<String, Map<String, Integer>> facet : all.entrySet()) {
        ObjectNode values = facets.putObject(facet.getKey());
        facet.getValue().forEach(values::put);
      }
      putDocumentNames(root, lease.index(), all.get(StatementSchema.FACET_DOCUMENT).keySet().stream());
    }
    json(ctx, root);
  }

  void themes(Context ctx) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("themes", Json.MAPPER.valueToTree(themes.rows()));
    json(ctx, root);
  }

  /** The codebook's principles with their Swedish and English names, for the page to show names instead of ids. */
  void principles(Context ctx) throws InterruptedException {
    Codebook codebook = search.await().expansion().codebook();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("codebook", codebook.label());
    ArrayNode principles = root.putArray("principles");
    for (Codebook.Principle principle : codebook.principles()) {
      principles.addObject().put("id", principle.id()).put("name_sv", principle.nameSv())
          .put("name_en", principle.nameEn());
    }
    json(ctx, root);
  }

  void health(Context ctx) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    try (LiveIndex.Lease lease = index.acquire()) {
      root.put("status", "ok");
      root.put("statements", lease.index().statementCount());
    }
    root.put("search", search.state().name().toLowerCase(Locale.ROOT));
    json(ctx, root);
  }

  void exportCsv(Context ctx) throws IOException, QuerySyntaxException, InterruptedException {
    SearchSetup setup = search.await();
    SearchRequest asked = SearchParameters.read(ctx::queryParam, setup.expansion()).request();
    SearchRequest all = new SearchRequest(asked.query(), asked.filters(), EXPORT_LIMIT, asked.expand());
    SearchResult result = inTurn(current -> setup.engine().search(current, all));
    StringWriter csv = new StringWriter();
    ResultFormat.csv(result, csv, Dialect.EXCEL_SV);
    ctx.header("Content-Disposition", "attachment; filename=\"samsyn-search.csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Work on the index a search turn is taken for. */
  private interface SearchWork<T> {
    T on(StatementIndex current) throws IOException, QuerySyntaxException;
  }

  /**
   * Does {@code work} on the index in place once a search turn is free (503 after {@link #TURN_WAIT});
   * the index is taken only then, so that waiting requests do not hold an old commit open.
   */
  private <T> T inTurn(SearchWork<T> work) throws IOException, QuerySyntaxException, InterruptedException {
    searchTurns.enter();
    try (LiveIndex.Lease lease = index.acquire()) {
      return work.on(lease.index());
    } finally {
      searchTurns.leave();
    }
  }

  /** The names a person reads for the documents an answer mentions (source → title), under {@code document_names}. */
  private static void putDocumentNames(ObjectNode root, StatementIndex index, Stream<String> sources)
      throws IOException {
    Map<String, String> names = index.documentNames();
    ObjectNode node = root.putObject("document_names");
    sources.distinct().forEach(source -> node.put(source, names.getOrDefault(source, source)));
  }

  static ObjectNode message(String message) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("error", message);
    return root;
  }

  static void json(Context ctx, ObjectNode root) {
    try {
      ctx.contentType(JSON);
      ctx.result(Json.MAPPER.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
