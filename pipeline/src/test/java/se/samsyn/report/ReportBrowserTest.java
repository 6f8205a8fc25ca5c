package se.samsyn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import se.samsyn.testing.Browser;

/**
 * report.html in headless chromium, opened from disk as from a USB stick: rendered to
 * target/screenshots/report.png (and report-en.png), with every request the browser made listed
 * from its performance log.
 */
class ReportBrowserTest {
  @TempDir
  Path work;

  @Test
  void swedishReportRendersFromDiskWithoutNetworkRequests() throws IOException {
    ReportRun run = ReportRun.sample();
    try (Browser browser = Browser.start(work)) {
      String url = run.swedish().toAbsolutePath().toUri().toString();
      browser.open(url);
      assertEquals("sv", browser.one(By.tagName("html")).getAttribute("lang"));
      assertEquals("Samsyn – rapport om principerna", browser.one(By.tagName("h1")).getText());
      assertEquals(3, browser.driver().findElements(By.cssSelector("svg.chart")).size());
      assertTrue(browser.one(By.id("documents")).getText().contains(ReportRun.SCRIPT), "markup shown as text");
      assertTrue(browser.driver().findElements(By.tagName("script")).isEmpty());
      assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
      Path shot = browser.fullPageScreenshot("report");
      assertTrue(Files.size(shot) > 50_000, "screenshot of " + Files.size(shot) + " bytes");
      assertOnlyLocal(browser.requestedUrls(), url);
    }
  }

  @Test
  void englishReportRendersFromDiskWithoutNetworkRequests() throws IOException {
    ReportRun run = ReportRun.sample();
    try (Browser browser = Browser.start(work)) {
      String url = run.english().toAbsolutePath().toUri().toString();
      browser.open(url);
      assertEquals("en", browser.one(By.tagName("html")).getAttribute("lang"));
      assertTrue(browser.one(By.id("principles")).getText().contains("Statements per principle"));
      browser.fullPageScreenshot("report-en");
      assertOnlyLocal(browser.requestedUrls(), url);
    }
  }

  /** The request log that the assertions above rely on does see a request to a server. */
  @Test
  void requestLogSeesAnImageFromAServer() throws IOException {
    Path page = work.resolve("probe.html");
    Files.writeString(page, "<!DOCTYPE html><p>probe</p><img src=\"http://127.0.0.1:9/probe.png\">",
        StandardCharsets.UTF_8);
    try (Browser browser = Browser.start(work)) {
      browser.open(page.toUri().toString());
      browser.one(By.tagName("p"));
      Boolean seen = browser.waitFor(d -> browser.requestedUrls().contains("http://127.0.0.1:9/probe.png"));
      assertTrue(seen);
    }
  }

  private static void assertOnlyLocal(List<String> requests, String page) {
    assertTrue(requests.contains(page), "the page itself is in the log: " + requests);
    List<String> outside = requests.stream().filter(r -> !r.startsWith("file:") && !r.startsWith("data:")).toList();
    assertTrue(outside.isEmpty(), "requests " + outside + " among " + requests);
  }
}
