package se.samsyn.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Workshop notes without headings, so the classifier codes them all and they wait in the review queue. */
final class ReviewFixtures {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ReviewFixtures() {}

  /** Runs {@code samsyn run} over the notes in {@code work/in} into {@code work/out}; returns the run folder. */
  static Path run(Path work) throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("anteckningar.txt"), """
        Anteckningar från samrådet i Örebro 12 april 2024

        Föreningarna vill kunna granska kommunens underlag innan beslut fattas

        Protokollen bör publiceras öppet på webben

        Vi behöver mötas oftare och lyssna på varandra

        Bidragen måste gälla i flera år så att vi kan planera

        Små föreningar får svårt att delta när mötena hålls dagtid

        Nya arbetssätt kan prövas i en försöksverksamhet

        Det är oklart vem som ansvarar för vad i samverkan

        Uppföljningen av verksamheten ska vara enkel och relevant

        Fika var bra

        Föreningarnas självständighet får inte villkoras av bidrag
        """, StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    ServedIndex.index(in, out);
    return out;
  }

  /** POSTs a coding as JSON with the given extra header pairs (name, value, …). */
  static HttpResponse<String> post(String base, String json, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/review/codings"))
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String coding(String statementId, String principles, String reviewer) {
    return "{\"statement_id\":\"" + statementId + "\",\"principles\":[" + principles + "],\"reviewer\":\"" + reviewer + "\"}";
  }
}
