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
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.cli.CliRun;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.models.Codebook;
import se.samsyn.search.PrincipleExpansion;

/** An index written by {@code samsyn run} over a folder, served on a free port of 127.0.0.1. */
final class ServedIndex implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final IndexAnalysis analysis;
  private final WebServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServedIndex(IndexAnalysis analysis, WebServer server) {
    this.analysis = analysis;
    this.server = server;
  }

  /** Runs {@code samsyn run IN --out OUT} and serves OUT/index. */
  static ServedIndex run(Path in, Path out) throws IOException {
    index(in, out);
    SwedishLexicons lexicons = SwedishLexicons.load();
    IndexAnalysis analysis = IndexAnalysis.swedish(lexicons);
    PrincipleExpansion expansion = new PrincipleExpansion(Codebook.standard(), analysis.queryText(),
        lexicons.lookup()::isWord);
    WebServer server = WebServer.start(new WebServer.Settings(out.resolve("index"), "127.0.0.1", 0),
        analysis, expansion);
    return new ServedIndex(analysis, server);
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
    HttpRequest request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .timeout(Duration.ofSeconds(30)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
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
    try (analysis) {
      server.close();
    }
  }
}
