package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.cli.CliRun;
import se.samsyn.models.Codebook;

/**
 * Only requests for this server's own name are answered (a page elsewhere that rebinds its name to
 * 127.0.0.1 gets nothing), and a query too long to search is a 400, not a 500.
 */
class WebHostAndQueryLimitsTest {
  @TempDir
  static Path work;
  static ServedIndex served;
  static ServedIndex allowing;

  @BeforeAll
  static void serve() throws IOException {
    served = WebFixtures.serveBoth(work);
    WebServer.Settings settings = ServedIndex.settings(work.resolve("out"));
    allowing = new ServedIndex(WebServer.start(new WebServer.Settings(settings.indexFolder(), settings.host(),
        0, "", List.of("samsyn.example.org")), Codebook.standard()));
  }

  @AfterAll
  static void stop() {
    served.close();
    allowing.close();
  }

  @Test
  void aForeignHostGets421AndNoMaterial() throws IOException {
    for (String path : List.of("/api/export.csv?q=dialog", "/api/search?q=oberoende", "/")) {
      String answer = raw(served.server().port(), "attacker.example", path);
      assertTrue(answer.startsWith("HTTP/1.1 421"), path + ": " + answer);
      assertFalse(answer.contains("oberoende") || answer.contains("möten"), answer);
    }
    assertTrue(raw(served.server().port(), "attacker.example:" + served.server().port(), "/api/health")
        .startsWith("HTTP/1.1 421"));
    assertFalse(raw(served.server().port(), "", "/api/health").startsWith("HTTP/1.1 200"));
  }

  @Test
  void theBoundAddressLocalhostAndAllowedNamesAreAnswered() throws IOException {
    int port = served.server().port();
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST")) {
      String answer = raw(port, host, "/api/export.csv?q=dialog");
      assertTrue(answer.startsWith("HTTP/1.1 200"), host + ": " + answer);
      assertTrue(answer.contains("möten"), answer);
    }
    assertTrue(raw(allowing.server().port(), "samsyn.example.org", "/api/health").startsWith("HTTP/1.1 200"));
    assertTrue(raw(port, "samsyn.example.org", "/api/health").startsWith("HTTP/1.1 421"));
  }

  @Test
  void aQueryOfTwoThousandWordsIs400() throws IOException, InterruptedException {
    String query = String.join("+", java.util.Collections.nCopies(2_000, "ja"));
    for (String path : List.of("/api/search?q=" + query, "/api/export.csv?q=" + query)) {
      var response = served.get(path);
      assertEquals(400, response.statusCode(), response.body());
      assertTrue(response.body().contains("at most"), response.body());
    }
  }

  @Test
  void inTheCliATwoThousandWordQueryIsAUsageErrorAndAHugeLimitIsNoProblem() {
    String index = work.resolve("out").toString();
    String query = String.join(" ", java.util.Collections.nCopies(2_000, "oberoende"));
    CliRun tooLong = CliRun.of("search", query, "--index", index);
    assertEquals(2, tooLong.exitCode(), tooLong.err());
    assertTrue(tooLong.err().contains("samsyn: cannot read the query: the query has 2000 words and phrases; at most 200"),
        tooLong.err());
    CliRun everything = CliRun.of("search", "oberoende", "--index", index, "--limit", "1000000000", "--format", "csv");
    assertEquals(0, everything.exitCode(), everything.err());
    assertTrue(everything.out().lines().count() - 1 >= WebFixtures.INDEPENDENCE_LINES, everything.out());
  }

  /** One HTTP/1.1 request with exactly this Host header (none when blank). */
  private static String raw(int port, String host, String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      String request = "GET " + path + " HTTP/1.1\r\n" + (host.isEmpty() ? "" : "Host: " + host + "\r\n")
          + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      try (InputStream in = socket.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
