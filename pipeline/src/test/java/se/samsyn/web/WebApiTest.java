package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samsyn.search.ResultFormat;
import se.samsyn.testing.LibreOffice;
import se.samsyn.testing.LibreOffice.Value;

/** The JSON API and CSV export of {@code samsyn serve} over an index written by {@code samsyn run}. */
class WebApiTest {
  @TempDir
  static Path work;
  static ServedIndex served;

  @BeforeAll
  static void serve() throws IOException {
    served = WebFixtures.serveBoth(work);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void searchHasTheCliShapePlusPaging() throws Exception {
    JsonNode root = served.json("/api/search?q=oberoende");
    assertEquals(List.of("query", "total", "facets", "hits", "document_names", "page", "size", "pages"), names(root));
    assertEquals("oberoende", root.get("query").asText());
    assertEquals(List.of("principle", "kind", "document", "organisation", "year"), names(root.get("facets")));
    JsonNode hit = root.get("hits").get(0);
    assertEquals(List.of("statement_id", "document_id", "source", "title", "section", "location", "speaker",
        "kind", "date", "text", "highlight", "principles", "score"), names(hit));
    assertTrue(hit.get("highlight").asText().contains("<mark>"), hit.toString());
    assertTrue(root.get("total").asInt() >= WebFixtures.INDEPENDENCE_LINES, root.toString());
  }

  @Test
  void facetsCountEveryMatchAndFiltersNarrow() throws Exception {
    JsonNode all = served.json("/api/search?q=oberoende");
    JsonNode documents = all.get("facets").get("document");
    assertEquals(2, documents.size(), documents.toString());
    assertEquals(2, all.get("facets").get("year").size(), all.get("facets").toString());
    int fromConsultation = documents.properties().stream().filter(e -> e.getKey().endsWith("remissvar.txt"))
        .findFirst().orElseThrow().getValue().asInt();
    JsonNode one = served.json("/api/search?q=oberoende&document=remissvar.txt");
    assertEquals(fromConsultation, one.get("total").asInt());
    JsonNode byYear = served.json("/api/search?q=oberoende&from=2023-01-01&to=2023-12-31");
    assertEquals(all.get("facets").get("year").get("2023").asInt(), byYear.get("total").asInt());
    assertEquals(0, served.json("/api/search?q=oberoende&organisation=" + q("Ingen sådan förening"))
        .get("total").asInt());
    for (var organisation : all.get("facets").get("organisation").properties()) {
      JsonNode byOrganisation = served.json("/api/search?q=oberoende&organisation=" + q(organisation.getKey()));
      assertEquals(organisation.getValue().asInt(), byOrganisation.get("total").asInt());
    }
  }

  @Test
  void pagesCoverEveryHitOnceAndSizeIsCapped() throws Exception {
    JsonNode first = served.json("/api/search?q=oberoende&size=10");
    long total = first.get("total").asLong();
    assertEquals((total + 9) / 10, first.get("pages").asLong());
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= first.get("pages").asInt(); page++) {
      JsonNode root = served.json("/api/search?q=oberoende&size=10&page=" + page);
      assertEquals(page, root.get("page").asInt());
      root.get("hits").forEach(hit -> assertTrue(seen.add(hit.get("statement_id").asText()), hit.toString()));
    }
    assertEquals(total, seen.size());
    assertEquals(0, served.json("/api/search?q=oberoende&size=10&page=99").get("hits").size());
    JsonNode capped = served.json("/api/search?q=oberoende&size=100000");
    assertEquals(SearchParameters.MAX_SIZE, capped.get("size").asInt());
  }

  @Test
  void statementComesWithItsNeighboursInOrder() throws Exception {
    JsonNode hit = served.json("/api/search?q=" + q("\"femte raden\"")).get("hits").get(0);
    JsonNode context = served.json("/api/statements/" + hit.get("statement_id").asText());
    assertEquals(hit.get("statement_id").asText(), context.get("statement").get("statement_id").asText());
    assertEquals(3, context.get("before").size(), context.toString());
    assertEquals(3, context.get("after").size(), context.toString());
    List<String> ids = new ArrayList<>();
    context.get("before").forEach(s -> ids.add(s.get("statement_id").asText()));
    ids.add(hit.get("statement_id").asText());
    context.get("after").forEach(s -> ids.add(s.get("statement_id").asText()));
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids);
    assertTrue(context.get("before").get(2).get("text").asText().contains("fjärde raden"), context.toString());
    assertTrue(context.get("after").get(0).get("text").asText().contains("sjätte raden"), context.toString());
    assertEquals(1, served.json("/api/statements/" + hit.get("statement_id").asText() + "?around=1")
        .get("after").size());
  }

  @Test
  void unknownStatementIs404WithJson() throws Exception {
    HttpResponse<String> response = served.get("/api/statements/nope-0001");
    assertEquals(404, response.statusCode());
    assertTrue(ServedIndex.parse(response.body()).get("error").asText().contains("nope-0001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search", "/api/search?q=", "/api/search?q=%22oberoende",
      "/api/search?q=-oberoende", "/api/search?q=oberoende&page=0", "/api/search?q=oberoende&page=x",
      "/api/search?q=oberoende&size=-5", "/api/search?q=oberoende&page=99999999999",
      "/api/search?q=oberoende&page=1000&size=100", "/api/search?q=oberoende&from=igår", "/api/search?q=oberoende&kind=r%C3%B6st",
      "/api/search?q=oberoende&from=2024-01-01&to=2020-01-01", "/api/search?q=oberoende&principle=nonsens",
      "/api/search?q=OR", "/api/statements/x?around=zero", "/api/export.csv?q=%22"})
  void badParametersAre400WithAMessage(String url) throws Exception {
    HttpResponse<String> response = served.get(url);
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode body = ServedIndex.parse(response.body());
    assertFalse(body.get("error").asText().isBlank());
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("at se."), response.body());
  }

  @Test
  @Timeout(60)
  void searchesBeyondTheConcurrentLimitWaitTheirTurnAndFailedOnesFreeTheirs() throws Exception {
    int total = served.json("/api/search?q=oberoende").get("total").asInt();
    // four times as many clients as turns, each sending two searches; half of all searches fail inside their turn
    ExecutorService clients = Executors.newFixedThreadPool(4 * SearchApi.CONCURRENT_SEARCHES);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8 * SearchApi.CONCURRENT_SEARCHES; i++) {
        String url = i % 2 == 0 ? "/api/search?q=oberoende" : "/api/search?q=%22oberoende"; // the latter unparsable
        answers.add(clients.submit(() -> served.get(url)));
      }
      for (int i = 0; i < answers.size(); i++) {
        HttpResponse<String> answer = answers.get(i).get();
        assertEquals(i % 2 == 0 ? 200 : 400, answer.statusCode(), answer.body());
        if (i % 2 == 0) {
          assertEquals(total, ServedIndex.parse(answer.body()).get("total").asInt());
        }
      }
    } finally {
      clients.shutdownNow();
    }
    assertEquals(total, served.json("/api/search?q=oberoende").get("total").asInt());
  }

  @Test
  void scriptInAStatementComesBackEscaped() throws Exception {
    JsonNode hit = served.json("/api/search?q=alert").get("hits").get(0);
    assertTrue(hit.get("text").asText().contains("<script>alert(1)</script>"), hit.toString());
    String highlight = hit.get("highlight").asText();
    assertFalse(highlight.contains("<script>"), highlight);
    assertTrue(highlight.contains("&lt;script&gt;"), highlight);
    assertTrue(highlight.contains("<mark>alert</mark>"), highlight);
  }

  @Test
  void csvExportNeutralisesFormulas() throws Exception {
    HttpResponse<String> response = served.get("/api/export.csv?q=hyperlink");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    assertTrue(response.headers().firstValue("content-disposition").orElse("").contains("attachment"));
    String[] lines = response.body().split("\r\n");
    assertTrue(lines[0].startsWith("\uFEFFstatement_id;document_id;source"), lines[0]);
    assertEquals(2, lines.length, response.body());
    assertTrue(response.body().contains("'=HYPERLINK("), response.body());
    assertFalse(response.body().contains(";=HYPERLINK("), response.body());
    assertFalse(response.body().contains(";\"=HYPERLINK("), response.body());
  }

  @Test
  void csvExportOpensInSwedishLibreOfficeLikeExcelFiles(@TempDir Path work) throws Exception {
    Path csv = work.resolve("samsyn-search.csv");
    Files.write(csv, served.bytes("/api/export.csv?q=oberoende").body());
    List<List<Value>> sheet = LibreOffice.open(List.of(csv), work).getFirst();
    List<String> header = sheet.getFirst().stream().map(Value::text).toList();
    assertEquals(ResultFormat.CSV_COLUMNS, header);
    JsonNode hits = served.json("/api/search?q=oberoende&size=100").get("hits");
    assertEquals(hits.size() + 1, sheet.size());
    for (int i = 0; i < hits.size(); i++) {
      List<Value> row = sheet.get(i + 1);
      assertEquals(new Value(CellType.STRING, hits.get(i).get("text").asText(), 0), row.get(header.indexOf("text")));
      assertEquals(CellType.NUMERIC, row.get(header.indexOf("search_score")).type(), row.toString());
      assertEquals(hits.get(i).get("score").asDouble(), row.get(header.indexOf("search_score")).number(), 1e-4);
      assertEquals(CellType.NUMERIC, row.get(header.indexOf("score")).type(), "the principle's score");
    }
    assertTrue(sheet.stream().flatMap(List::stream).noneMatch(v -> v.text().contains("<mark>")));
  }

  @Test
  void healthOverviewAndThemesAnswer() throws Exception {
    JsonNode health = served.json("/api/health");
    assertEquals("ok", health.get("status").asText());
    JsonNode overview = served.json("/api/overview");
    assertEquals(health.get("statements").asInt(), overview.get("total").asInt());
    int perDocument = 0;
    for (JsonNode count : overview.get("facets").get("document")) {
      perDocument += count.asInt();
    }
    assertEquals(overview.get("total").asInt(), perDocument);
    JsonNode themes = served.json("/api/themes");
    assertTrue(themes.get("themes").isArray());
    assertEquals(names(overview.get("facets").get("document")), names(overview.get("document_names")));
    assertEquals(List.of("Dialogmöte med Föreningsalliansen i Malmö 14 mars 2023",
        "Remissvar från Civilsamhällets nätverk i Umeå 5 februari 2024"), sortedValues(overview.get("document_names")));
  }

  @Test
  void aSearchWithoutHitsSaysWhatWasMeant() throws Exception {
    JsonNode root = served.json("/api/search?q=" + q("oberonde"));
    assertEquals(0, root.get("total").asInt());
    assertEquals("oberoende", root.get("did_you_mean").asText());
  }

  @Test
  void searchNamesTheDocumentsOfItsFacetsAndHitsByTitle() throws Exception {
    JsonNode root = served.json("/api/search?q=oberoende&size=100");
    JsonNode documentNames = root.get("document_names");
    for (JsonNode hit : root.get("hits")) {
      assertEquals(hit.get("title").asText(), documentNames.get(hit.get("source").asText()).asText());
    }
    assertEquals(names(root.get("facets").get("document")), names(documentNames));
  }

  @Test
  void onlyThePagesOwnFilesAreServed() throws Exception {
    HttpResponse<String> page = served.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script src=\"/assets/app.js\"></script>"));
    assertTrue(page.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
    assertEquals(200, served.get("/assets/app.js").statusCode());
    for (String path : List.of("/assets/..%2F..%2Findex%2Fsegments_1", "/assets/../../../etc/passwd",
        "/assets/%2e%2e/%2e%2e/etc/passwd", "/index/segments_1", "/etc/passwd", "/assets/WebServer.class",
        "/se/samsyn/web/app.js")) {
      HttpResponse<String> response = served.get(path);
      assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " " + response.statusCode());
      assertFalse(response.body().contains("root:"), path);
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> sortedValues(JsonNode object) {
    List<String> values = new java.util.ArrayList<>();
    object.forEach(value -> values.add(value.asText()));
    return values.stream().sorted().toList();
  }
}
