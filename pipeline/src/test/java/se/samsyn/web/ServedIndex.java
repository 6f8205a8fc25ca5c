package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import se.samsyn.cli.CliRun;
import se.samsyn.models.Codebook;

/** An index written by {@code samsyn run} over a folder, served on a free port of 127.0.0.1. */
final class ServedIndex implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final WebServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ServedIndex(WebServer server) {
    this.server = server;
  }

  /** Runs {@code samsyn run IN --out OUT} and serves OUT/index. */
  static ServedIndex run(Path in, Path out) throws IOException {
    index(in, out);
    return new ServedIndex(WebServer.start(settings(out), Codebook.standard()));
  }

  /** The index of OUT on any free port of 127.0.0.1. */
  static WebServer.Settings settings(Path out) {
    return new WebServer.Settings(out.resolve("index"), "127.0.0.1", 0);
  }

  static void index(Path in, Path out) {
    CliRun run = CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  WebServer server() {
    return server;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
  }

  CompletableFuture<HttpResponse<String>> getAsync(String pathAndQuery) {
    return client.sendAsync(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofMinutes(2)).GET().build();
  }

  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    return MAPPER.readTree(response.body());
  }

  static JsonNode parse(String body) throws IOException {
    return MAPPER.readTree(body);
  }

  @Override
  public void close() {
    server.close();
  }
}
