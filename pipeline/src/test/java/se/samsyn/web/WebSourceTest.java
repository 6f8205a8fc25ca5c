package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import se.samsyn.corpus.PdfWriter;
import se.samsyn.corpus.PptxWriter;
import se.samsyn.corpus.SampleDocument;
import se.samsyn.testing.Browser;

/**
 * Links from a statement to its source file: only the files the run indexed, unchanged, looked up
 * by document id; a PDF opens at the statement's page.
 */
class WebSourceTest {
  private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

  @TempDir
  static Path work;
  static Path in;
  static ServedIndex served;

  @BeforeAll
  static void serve() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    new PdfWriter().write(longReport(), in.resolve("rapport.pdf"));
    new PptxWriter().write(SampleDocument.builder("Informationsmöte").date(LocalDate.of(2024, 4, 2))
        .slide("Välkommen", List.of("Dagens program och syfte"))
        .slide("Parken", List.of("Vi vill ha fler fågelholkar i parken"))
        .build(), in.resolve("bilder.pptx"));
    Files.writeString(in.resolve("anteckningar.txt"), "Anteckningar 2024\n\nÅtgärderna för ängsmarken är viktiga\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("andras.txt"), "Anteckningar 2024\n\nSolrosorna ska vattnas varje vecka\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("tas-bort.txt"), "Anteckningar 2024\n\nRosenbuskarna behöver beskäras\n",
        StandardCharsets.UTF_8);
    served = ServedIndex.run(in, work.resolve("out"));
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  /** A report long enough for three pages, with one sentence about kvittrande fåglar at the end. */
  private static SampleDocument longReport() {
    SampleDocument.Builder report = SampleDocument.builder("Rapport om parkerna").date(LocalDate.of(2024, 5, 6))
        .heading(1, "1. Bakgrund");
    for (int i = 1; i <= 70; i++) {
      report.paragraph("Stycke " + i + " beskriver hur föreningarna och kommunen har arbetat med parkerna under året.");
    }
    return report.paragraph("Deltagarna hörde kvittrande fåglar under hela mötet.").build();
  }

  private static JsonNode hit(String query) throws Exception {
    return served.json("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("hits").get(0);
  }

  private static String sourceOf(JsonNode hit) {
    return "/api/documents/" + hit.get("document_id").asText() + "/source";
  }

  @Test
  void pdfOpensInTheBrowserWithTheIndexedBytes() throws Exception {
    JsonNode hit = hit("kvittrande");
    assertTrue(hit.get("location").asText().matches("page [2-9]"), hit.toString());
    HttpResponse<byte[]> response = served.bytes(sourceOf(hit));
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("content-type").orElse(""));
    assertTrue(response.headers().firstValue("content-disposition").orElse("").startsWith("inline;"));
    assertArrayEquals(Files.readAllBytes(in.resolve("rapport.pdf")), response.body());
  }

  @Test
  void slidesAreDownloadedSandboxed() throws Exception {
    JsonNode hit = hit("fågelholkar");
    assertTrue(hit.get("location").asText().matches("slide [2-9]"), hit.toString());
    HttpResponse<byte[]> response = served.bytes(sourceOf(hit));
    assertEquals(200, response.statusCode());
    assertEquals(PPTX, response.headers().firstValue("content-type").orElse(""));
    assertEquals("attachment; filename=\"bilder.pptx\"; filename*=UTF-8''bilder.pptx",
        response.headers().firstValue("content-disposition").orElse(""));
    assertTrue(response.headers().firstValue("content-security-policy").orElse("").startsWith("sandbox"));
    assertArrayEquals(Files.readAllBytes(in.resolve("bilder.pptx")), response.body());
  }

  @Test
  void plainTextComesAsUtf8() throws Exception {
    HttpResponse<String> response = served.get(sourceOf(hit("ängsmarken")));
    assertEquals(200, response.statusCode());
    assertEquals("text/plain;charset=utf-8",
        response.headers().firstValue("content-type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT));
    assertTrue(response.body().contains("Åtgärderna för ängsmarken"), response.body());
  }

  @Test
  void changedOrRemovedSourceIs404WithAMessage() throws Exception {
    String changed = sourceOf(hit("solrosorna"));
    String removed = sourceOf(hit("rosenbuskarna"));
    assertEquals(200, served.get(changed).statusCode());
    Files.writeString(in.resolve("andras.txt"), "Solrosorna ska inte vattnas\n", StandardCharsets.UTF_8);
    Files.delete(in.resolve("tas-bort.txt"));
    HttpResponse<String> response = served.get(changed);
    assertEquals(404, response.statusCode());
    assertTrue(error(response).contains("has changed since it was indexed"), response.body());
    assertFalse(response.body().contains("inte vattnas"), response.body());
    response = served.get(removed);
    assertEquals(404, response.statusCode());
    assertTrue(error(response).contains("no longer there"), response.body());
  }

  @Test
  void sourceOutsideTheRecordedInputsIsNotServed() throws Exception {
    String source = sourceOf(hit("ängsmarken"));
    Path manifest = work.resolve("out").resolve("run.json");
    String original = Files.readString(manifest);
    try {
      ObjectNode run = (ObjectNode) ServedIndex.parse(original);
      ((ObjectNode) run.get("settings")).putArray("inputs").add("någon-annanstans");
      Files.writeString(manifest, run.toString());
      HttpResponse<String> response = served.get(source);
      assertEquals(404, response.statusCode(), response.body());
      assertTrue(error(response).contains("not among the inputs"), response.body());
    } finally {
      Files.writeString(manifest, original);
    }
    assertEquals(200, served.get(source).statusCode());
  }

  @Test
  void requestsNeverNameAFile() throws Exception {
    String id = hit("ängsmarken").get("document_id").asText();
    for (String path : List.of("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd/source",
        "/api/documents/%2e%2e/%2e%2e/etc/passwd/source", "/api/documents/../../etc/passwd/source",
        "/api/documents/" + id + "/source/../../../../etc/passwd", "/api/documents/" + id + "%2F..%2Frun.json/source",
        "/api/documents/" + id + "/../../run.json", "/api/documents/run.json/source",
        "/api/documents/" + work.resolve("out").resolve("run.json").toString().replace("/", "%2F") + "/source",
        "/api/documents/" + id.substring(0, 8) + "/source", "/api/documents/%00/source")) {
      HttpResponse<String> response = served.get(path);
      assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " " + response.statusCode());
      assertFalse(response.body().contains("root:"), path);
      assertFalse(response.body().contains("\"inputs\""), path);
    }
  }

  @Test
  void pageLinksAPdfAtItsPageAndNamesTheSlideOfOthers() throws Exception {
    JsonNode hit = hit("kvittrande");
    String page = hit.get("location").asText().substring("page ".length());
    try (Browser browser = Browser.start(work)) {
      browser.open(served.base() + "/#/?q=kvittrande");
      WebElement link = browser.one(By.cssSelector("#results .hit .source a"));
      assertTrue(link.getAttribute("href").endsWith(sourceOf(hit) + "#page=" + page), link.getAttribute("href"));
      assertEquals("Öppna källfilen på sida " + page, link.getText());
      Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
          link.getAttribute("href"));
      assertEquals("200 application/pdf", fetched);
      browser.screenshot("source-link-pdf");
      String slide = "Öppna källfilen (bild " + hit("fågelholkar").get("location").asText().substring("slide ".length())
          + ")";
      browser.open(served.base() + "/#/?q=fågelholkar");
      browser.waitFor(d -> d.findElement(By.id("summary")).getText().contains("fågelholkar"));
      assertEquals(slide, browser.one(By.cssSelector("#results .hit .source")).getText());
      browser.one(By.cssSelector("#results .hit a.open")).click();
      assertEquals(slide, browser.one(By.cssSelector("#statement-view .statement.current .source")).getText());
      browser.screenshot("source-link-context");
    }
  }

  private static String error(HttpResponse<String> response) throws IOException {
    return ServedIndex.parse(response.body()).get("error").asText();
  }
}
