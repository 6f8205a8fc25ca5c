package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import se.samsyn.models.Codebook;
import se.samsyn.review.Coding;
import se.samsyn.review.CodingsFile;
import se.samsyn.testing.Browser;

/** The Granska page in headless chromium: coding with the keyboard, reloads, tabs and a killed server. */
class ReviewBrowserTest {
  private static final Pattern SERVING = Pattern.compile("serving .* on (http://[^ ]+)/ ");

  @TempDir
  Path work;
  Path out;
  Browser browser;

  @BeforeEach
  void start() throws IOException {
    out = ReviewFixtures.run(work);
    browser = Browser.start(work);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void threeStatementsCodedWithTheKeyboardAreThereAfterAReload() throws IOException {
    try (ServedIndex served = new ServedIndex(WebServer.start(ServedIndex.settings(out), Codebook.standard()))) {
      browser.open(served.base() + "/review");
      browser.one(By.id("reviewer")).sendKeys("Anna", Keys.TAB);
      String total = progress().replaceAll(".* av (\\d+).*", "$1");

      String first = current();
      Set<String> suggested = selected();
      keys(Keys.ENTER);
      waitForProgress("Granskade 1 av " + total);

      String second = current();
      assertFalse(second.equals(first), "Enter moves on to the next statement");
      Set<String> chosen = new TreeSet<>(selected());
      keys("2");
      if (!chosen.remove("dialogue")) {
        chosen.add("dialogue");
      }
      assertEquals(chosen, selected(), "2 toggles the second principle, dialogue");
      keys(Keys.ENTER);
      waitForProgress("Granskade 2 av " + total);

      String third = current();
      keys("o");
      waitForProgress("Granskade 3 av " + total);
      String fourth = current();
      keys("s");
      browser.waitFor(d -> !current().equals(fourth));
      browser.screenshot("review-after-three");

      Map<String, Coding> written = codings();
      assertEquals(Set.of(first, second, third), written.keySet(), "skip writes nothing");
      assertEquals(suggested, new TreeSet<>(written.get(first).principles()), "Enter accepts the suggestion");
      assertEquals(chosen, new TreeSet<>(written.get(second).principles()));
      assertEquals(List.of(), written.get(third).principles(), "o is other");
      assertEquals("Anna", written.get(third).reviewer());

      browser.driver().navigate().refresh();
      waitForProgress("Granskade 3 av " + total);
      assertEquals(fourth, current(), "a reload opens the first statement not reviewed");
      keys(Keys.ARROW_LEFT);
      browser.waitFor(d -> current().equals(third));
      assertTrue(browser.one(By.cssSelector("#card.coded .status")).getText().contains("Anna"));
      keys(Keys.ARROW_LEFT);
      browser.waitFor(d -> current().equals(second));
      assertEquals(chosen, selected(), "a reviewed statement shows its coding");
    }
  }

  @Test
  void twoTabsCodingInTurnLeaveAWellFormedFile() throws IOException {
    try (ServedIndex served = new ServedIndex(WebServer.start(ServedIndex.settings(out), Codebook.standard()))) {
      browser.open(served.base() + "/review");
      String first = browser.driver().getWindowHandle();
      browser.one(By.cssSelector("#card .text"));
      browser.driver().switchTo().newWindow(WindowType.TAB);
      browser.open(served.base() + "/review?method=classifier");
      String second = browser.driver().getWindowHandle();
      browser.one(By.cssSelector("#card .text"));
      for (int round = 1; round <= 3; round++) {
        for (String tab : List.of(first, second)) {
          browser.driver().switchTo().window(tab);
          String before = progress();
          keys(round == 2 ? "o" : Keys.ENTER.toString());
          browser.waitFor(d -> !progress().equals(before));
        }
      }
      List<CSVRecord> rows = CSVFormat.RFC4180.parse(Files.newBufferedReader(
          CodingsFile.of(out).path(), StandardCharsets.UTF_8)).getRecords();
      assertEquals(1 + 6, rows.size(), "a header and six codings");
      assertTrue(rows.stream().allMatch(r -> r.size() == 5));
      assertEquals(List.of(), CodingsFile.of(out).read().problems());
    }
  }

  @Test
  void anAcknowledgedCodingSurvivesKillingTheServer() throws Exception {
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "se.samsyn.cli.Main", "serve", "--index", out.toString(),
        "--port", "0").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String base = address(server);
      browser.open(base + "/review");
      String id = current();
      keys("o");
      waitForProgress("Granskade 1 av");
      server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush on the way out
      assertTrue(server.waitFor(30, TimeUnit.SECONDS));
      assertEquals(List.of(), codings().get(id).principles(), "the acknowledged coding is on disk");
    } finally {
      server.destroyForcibly();
    }
  }

  /** The address {@code samsyn serve} prints when it listens. */
  private static String address(Process server) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return serving.group(1);
      }
      lines.add(line);
    }
    throw new AssertionError("samsyn serve did not start: " + lines);
  }

  private Map<String, Coding> codings() throws IOException {
    return CodingsFile.of(out).read().codings().stream().collect(Collectors.toMap(Coding::statementId, c -> c));
  }

  private String current() {
    return browser.one(By.cssSelector("#card .text")).findElement(By.xpath("..")).getAttribute("data-id");
  }

  private Set<String> selected() {
    return browser.driver().findElements(By.cssSelector(".principle.selected")).stream()
        .map(b -> b.getAttribute("data-id")).collect(Collectors.toCollection(TreeSet::new));
  }

  private String progress() {
    return browser.one(By.id("progress")).getText();
  }

  private void waitForProgress(String start) {
    browser.waitFor(d -> progress().startsWith(start));
  }

  private void keys(CharSequence keys) {
    WebElement body = browser.one(By.tagName("body"));
    new Actions(browser.driver()).moveToElement(browser.one(By.id("progress"))).click().sendKeys(keys).perform();
    body.isDisplayed();
  }
}
