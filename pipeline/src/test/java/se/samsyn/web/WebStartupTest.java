package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.models.Codebook;

/**
 * The server answers before the analysis chain has loaded; searches wait for it, get 503 when it
 * takes too long and 500 when it failed, while everything else keeps answering.
 */
class WebStartupTest {
  @TempDir
  static Path work;
  static Path out;

  @BeforeAll
  static void index() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("dialogmote.txt"), WebFixtures.dialogue(), StandardCharsets.UTF_8);
    out = work.resolve("out");
    ServedIndex.index(in, out);
  }

  @Test
  void searchWaitsForTheAnalysisWhileTheRestAnswers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    WebServer server = WebServer.start(ServedIndex.settings(out), () -> {
      release.await();
      return SearchSetup.swedish(Codebook.standard());
    }, Duration.ofMinutes(5));
    try (ServedIndex served = new ServedIndex(server)) {
      JsonNode health = served.json("/api/health");
      assertEquals("loading", health.get("search").asText());
      assertTrue(health.get("statements").asInt() > WebFixtures.INDEPENDENCE_LINES, health.toString());
      assertEquals(health.get("statements").asInt(), served.json("/api/overview").get("total").asInt());
      assertEquals(200, served.get("/").statusCode());
      CompletableFuture<HttpResponse<String>> search = served.getAsync("/api/search?q=oberoende");
      assertEquals("loading", served.json("/api/health").get("search").asText());
      assertFalse(search.isDone(), "a search cannot be answered before the analysis is loaded");
      release.countDown();
      HttpResponse<String> answer = search.get();
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(ServedIndex.parse(answer.body()).get("total").asInt() >= WebFixtures.INDEPENDENCE_LINES);
      assertEquals("ready", served.json("/api/health").get("search").asText());
    }
  }

  @Test
  void searchTooEarlyIs503WithRetryAfter() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    WebServer server = WebServer.start(ServedIndex.settings(out), () -> {
      never.await();
      throw new IllegalStateException("released only when the test ends");
    }, Duration.ofMillis(100));
    try (ServedIndex served = new ServedIndex(server)) {
      HttpResponse<String> response = served.get("/api/search?q=oberoende");
      assertEquals(503, response.statusCode(), response.body());
      assertEquals("2", response.headers().firstValue("retry-after").orElse(""));
      assertTrue(ServedIndex.parse(response.body()).get("error").asText().contains("still starting"), response.body());
      assertEquals(503, served.get("/api/export.csv?q=oberoende").statusCode());
      assertEquals(200, served.get("/api/health").statusCode());
    } finally {
      never.countDown();
    }
  }

  @Test
  void analysisThatFailsToLoadIs500WithTheReason() throws Exception {
    WebServer server = WebServer.start(ServedIndex.settings(out), () -> {
      throw new IllegalStateException("the lexicon is broken");
    }, Duration.ofMinutes(5));
    try (ServedIndex served = new ServedIndex(server)) {
      HttpResponse<String> response = served.get("/api/search?q=oberoende");
      assertEquals(500, response.statusCode(), response.body());
      assertTrue(ServedIndex.parse(response.body()).get("error").asText().contains("the lexicon is broken"),
          response.body());
      assertEquals("failed", served.json("/api/health").get("search").asText());
      assertEquals(200, served.get("/api/overview").statusCode());
    }
  }
}
