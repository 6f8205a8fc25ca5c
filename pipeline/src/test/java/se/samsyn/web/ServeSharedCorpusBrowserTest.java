package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samsyn.cli.SharedCorpus;
import se.samsyn.testing.Browser;

/**
 * A process leader's session in headless chromium over ../shared/corpus: search "oberoende", see the
 * highlighted hits, narrow by a facet, read a statement in its context and export the list to CSV.
 * Screenshots go to target/screenshots/.
 */
@Tag("shared-corpus")
class ServeSharedCorpusBrowserTest {
  @TempDir
  static Path work;
  static ServedIndex served;

  @BeforeAll
  static void serve() throws IOException {
    served = ServedIndex.run(SharedCorpus.folder(), work.resolve("out"));
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  @Test
  void searchNarrowReadInContextAndExport() throws IOException {
    try (Browser browser = Browser.start(work)) {
      browser.open(served.base() + "/");
      browser.one(By.id("q")).sendKeys("oberoende");
      browser.one(By.id("search-button")).click();
      List<WebElement> marks = browser.all(By.cssSelector("#results .hit mark"));
      assertTrue(marks.stream().anyMatch(m -> m.getText().toLowerCase(Locale.ROOT).contains("oberoend")),
          marks.stream().map(WebElement::getText).toList().toString());
      String summary = browser.one(By.id("summary")).getText();
      assertTrue(summary.contains("uttalanden för ”oberoende”"), summary);
      browser.screenshot("corpus-1-search-oberoende");

      WebElement facet = facetToClick(browser);
      int count = Integer.parseInt(facet.findElement(By.cssSelector(".count")).getText());
      String shown = facet.findElement(By.cssSelector(".value")).getText();
      facet.click();
      browser.waitFor(d -> d.findElement(By.id("active-filters")).getText().contains(shown));
      browser.waitFor(d -> d.findElement(By.id("summary")).getText().startsWith(count + " uttalande"));
      browser.screenshot("corpus-2-facet");

      String id = browser.one(By.cssSelector("#results .hit")).getAttribute("data-id");
      browser.one(By.cssSelector("#results .hit a.open")).click();
      WebElement current = browser.one(By.cssSelector("#statement-view .statement.current"));
      assertEquals(id, current.getAttribute("data-id"));
      assertTrue(browser.driver().findElements(By.cssSelector("#statement-view .statement")).size() > 1);
      browser.screenshot("corpus-3-context");

      browser.one(By.id("back")).click();
      WebElement export = browser.waitFor(d -> {
        WebElement link = d.findElement(By.id("export"));
        return link.isDisplayed() ? link : null;
      });
      assertTrue(export.getAttribute("href").contains("/api/export.csv?q=oberoende"), export.getAttribute("href"));
      export.click();
      Path csv = browser.waitFor(d -> downloaded(browser.downloads()));
      String text = Files.readString(csv, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("\uFEFFstatement_id;document_id;source"), text);
      assertEquals(count + 1, text.split("\r\n").length);
      assertFalse(text.contains(";=") || text.contains(";\"="), "a cell would run as a formula");
      browser.screenshot("corpus-4-exported");
    }
  }

  /** A principle facet when the index has principles, otherwise a document facet. */
  private static WebElement facetToClick(Browser browser) {
    List<WebElement> principles = browser.driver().findElements(By.cssSelector(".facet[data-dim=principle] button"));
    return principles.isEmpty() ? browser.one(By.cssSelector(".facet[data-dim=document] button")) : principles.getFirst();
  }

  private static Path downloaded(Path folder) {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
