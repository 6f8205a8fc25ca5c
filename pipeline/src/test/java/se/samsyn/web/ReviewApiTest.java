package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.models.Codebook;
import se.samsyn.review.Coding;

/** The review queue and the coding endpoint, over HTTP. */
class ReviewApiTest {
  @TempDir
  static Path work;
  static Path out;
  static ServedIndex served;
  static ServedIndex guarded;

  @BeforeAll
  static void serve() throws IOException {
    out = ReviewFixtures.run(work);
    served = new ServedIndex(WebServer.start(ServedIndex.settings(out), Codebook.standard()));
    guarded = new ServedIndex(WebServer.start(new WebServer.Settings(out.resolve("index"), "127.0.0.1", 0,
        "sekret-token-123", List.of()), Codebook.standard()));
  }

  @AfterAll
  static void stop() {
    for (ServedIndex server : new ServedIndex[] {served, guarded}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void theQueueListsClassifierCodedStatementsSmallestMarginFirst() throws Exception {
    JsonNode queue = served.json("/api/review/queue");
    assertTrue(queue.get("total").asInt() >= 10, queue.toString());
    assertTrue(queue.get("queue_written").asBoolean());
    double previous = -1;
    for (JsonNode item : queue.get("items")) {
      assertEquals("classifier", item.get("method").asText());
      assertTrue(item.get("margin").asDouble() >= previous, "ordered by margin");
      previous = item.get("margin").asDouble();
    }
    assertEquals(Codebook.standard().principles().size(), queue.get("codebook").size());
    JsonNode none = served.json("/api/review/queue?method=human");
    assertEquals(0, none.get("total").asInt());
  }

  @Test
  void aCodingFromThePageIsAppendedWithItsTextHashAndShowsInTheQueue() throws Exception {
    JsonNode first = served.json("/api/review/queue").get("items").get(0);
    String id = first.get("statement_id").asText();
    HttpResponse<String> saved = ReviewFixtures.post(served.base(), ReviewFixtures.coding(id, "\"openness\"", "Anna"),
        "Content-Type", "application/json", "Origin", served.base());
    assertEquals(200, saved.statusCode(), saved.body());
    Coding written = se.samsyn.review.CodingsFile.of(out).read().codings().stream()
        .filter(c -> c.statementId().equals(id)).findFirst().orElseThrow();
    assertEquals(List.of("openness"), written.principles());
    assertEquals(Coding.sha256(first.get("text").asText()), written.textSha256());
    JsonNode item = served.json("/api/review/queue?principle=" + first.path("principles").path(0).asText("other"))
        .get("items");
    boolean found = false;
    for (JsonNode i : item) {
      if (i.get("statement_id").asText().equals(id)) {
        assertEquals("Anna", i.at("/coding/reviewer").asText());
        found = true;
      }
    }
    assertTrue(found, "filtered by its suggested principle, it is still there, with its coding");
  }

  @Test
  void crossOriginFormAndUnknownWritesAreRefused() throws Exception {
    String id = served.json("/api/review/queue").get("items").get(1).get("statement_id").asText();
    String body = ReviewFixtures.coding(id, "\"dialogue\"", "");
    long before = lines();
    assertEquals(403, ReviewFixtures.post(served.base(), body, "Content-Type", "application/json",
        "Origin", "http://angripare.example").statusCode());
    assertEquals(403, ReviewFixtures.post(served.base(), body, "Content-Type", "application/json",
        "Sec-Fetch-Site", "cross-site").statusCode());
    assertEquals(415, ReviewFixtures.post(served.base(), "statement_id=" + id, "Content-Type",
        "application/x-www-form-urlencoded").statusCode());
    HttpResponse<String> unknown = ReviewFixtures.post(served.base(), ReviewFixtures.coding(id, "\"nosuch\"", ""),
        "Content-Type", "application/json");
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("nosuch"), unknown.body());
    assertEquals(400, ReviewFixtures.post(served.base(), ReviewFixtures.coding("gone-1", "", ""),
        "Content-Type", "application/json").statusCode());
    assertEquals(before, lines(), "nothing refused was written");
  }

  @Test
  void aServerWithATokenWritesOnlyWithIt() throws Exception {
    String id = guarded.json("/api/review/queue").get("items").get(2).get("statement_id").asText();
    String body = ReviewFixtures.coding(id, "\"quality\"", "Bo");
    HttpResponse<String> without = ReviewFixtures.post(guarded.base(), body, "Content-Type", "application/json");
    assertEquals(403, without.statusCode());
    assertTrue(without.body().contains("token"), without.body());
    assertEquals(403, ReviewFixtures.post(guarded.base(), body, "Content-Type", "application/json",
        WriteGuard.TOKEN_HEADER, "fel").statusCode());
    assertEquals(200, ReviewFixtures.post(guarded.base(), body, "Content-Type", "application/json",
        WriteGuard.TOKEN_HEADER, "sekret-token-123").statusCode());
    assertTrue(guarded.json("/api/review/queue").get("token_required").asBoolean());
    assertFalse(served.json("/api/review/queue").get("token_required").asBoolean());
  }

  @Test
  void twoServersCodingAtOnceLeaveAWellFormedFile() throws Exception {
    List<String> ids = new ArrayList<>();
    served.json("/api/review/queue").get("items").forEach(i -> ids.add(i.get("statement_id").asText()));
    long before = lines();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      ServedIndex server = n % 2 == 0 ? served : guarded;
      String body = ReviewFixtures.coding(ids.get(n % ids.size()), "\"diversity\",\"dialogue\"", "Tab " + n % 2);
      statuses.add(pool.submit(() -> ReviewFixtures.post(server.base(), body, "Content-Type", "application/json",
          WriteGuard.TOKEN_HEADER, "sekret-token-123").statusCode()));
    }
    for (Future<Integer> status : statuses) {
      assertEquals(200, status.get());
    }
    pool.shutdown();
    assertEquals(before + 60, lines());
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(Files.newBufferedReader(out.resolve("review/codings.csv"))).getRecords();
    assertTrue(rows.stream().allMatch(r -> r.size() == 5), "every line has the five columns");
  }

  private static long lines() throws IOException {
    Path file = out.resolve("review/codings.csv");
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }
}
