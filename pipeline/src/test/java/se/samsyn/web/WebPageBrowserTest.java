package se.samsyn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import se.samsyn.testing.Browser;

/** The search page in headless chromium over a small index of fixture notes. */
class WebPageBrowserTest {
  @TempDir
  static Path work;
  static ServedIndex served;
  Browser browser;

  @BeforeAll
  static void serve() throws IOException {
    served = WebFixtures.serveBoth(work);
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  @BeforeEach
  void startBrowser() throws IOException {
    browser = Browser.start(work);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) { // null when it could not start: that error is the one to read
      browser.close();
    }
  }

  @Test
  void scriptInAStatementShowsAsText() throws IOException {
    browser.open(served.base() + "/#/?q=alert");
    WebElement hit = browser.one(By.cssSelector("#results .hit"));
    assertTrue(hit.findElement(By.cssSelector(".text")).getText().contains("<script>alert(1)</script>"), hit.getText());
    assertEquals(List.of("alert", "alert"), hit.findElements(By.cssSelector("mark")).stream()
        .map(WebElement::getText).toList());
    assertTrue(browser.driver().findElements(By.cssSelector("#results script")).isEmpty());
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
    browser.screenshot("fixture-script-as-text");
  }

  @Test
  void searchPageAndFiltersAndContext() throws IOException {
    browser.open(served.base() + "/");
    assertEquals("sv", browser.one(By.tagName("html")).getAttribute("lang"));
    browser.one(By.id("q")).sendKeys("oberoende");
    browser.one(By.id("search-button")).click();
    browser.all(By.cssSelector("#results .hit mark"));
    assertTrue(browser.one(By.id("summary")).getText().contains("uttalanden"));
    int all = browser.driver().findElements(By.cssSelector("#results .hit")).size();
    browser.one(By.cssSelector(".facet[data-dim=document] button[data-value$='remissvar.txt']")).click();
    browser.waitFor(d -> d.findElements(By.cssSelector("#active-filters .filter")).size() == 1);
    browser.waitFor(d -> d.findElements(By.cssSelector("#results .hit")).size() < all);
    for (WebElement hit : browser.driver().findElements(By.cssSelector("#results .hit"))) {
      assertTrue(hit.findElement(By.cssSelector(".meta")).getText().toLowerCase(Locale.ROOT).contains("remissvar"),
          hit.getText());
    }
    browser.one(By.id("lang")).click();
    browser.waitFor(d -> d.findElement(By.id("summary")).getText().contains("statements"));
    assertEquals("Search", browser.one(By.id("search-button")).getText());
    browser.screenshot("fixture-filtered-english");
    browser.one(By.cssSelector("#results .hit a.open")).click();
    WebElement current = browser.one(By.cssSelector("#statement-view .statement.current"));
    assertFalse(current.getText().isBlank());
    assertTrue(browser.driver().findElements(By.cssSelector("#statement-view .statement")).size() > 1);
    browser.screenshot("fixture-context");
  }

  @Test
  void principlesAndKindsAreNamedInSwedishAndAQueryLinkOpensItsSearch() throws IOException {
    browser.open(served.base() + "/?q=oberoende");
    WebElement chip = browser.one(By.cssSelector("#results .hit .chip[data-principle=independence]"));
    assertEquals("Självständighet och oberoende", chip.getText());
    WebElement facet = browser.one(By.cssSelector(".facet[data-dim=principle] button[data-value=independence]"));
    assertEquals("Självständighet och oberoende", facet.findElement(By.cssSelector(".value")).getText());
    assertTrue(browser.driver().findElements(By.cssSelector(".facet[data-dim=kind] button .value")).stream()
        .map(WebElement::getText).toList().contains("Deltagarröst"));
    facet.click();
    browser.waitFor(d -> d.findElement(By.id("active-filters")).getText().contains("Självständighet och oberoende"));
    assertFalse(browser.one(By.id("results")).getText().contains("independence"));
    browser.open(served.base() + "/#/overview");
    WebElement chart = browser.one(By.cssSelector("#chart-principle"));
    browser.waitFor(d -> chart.getText().contains("Självständighet och oberoende") ? chart : null);
    assertFalse(chart.getText().contains("independence"), chart.getText());
    browser.screenshot("fixture-swedish-names");
  }

  @Test
  void documentsAreNamedByTitleInFacetsHitsAndOverview() throws IOException {
    String title = "Remissvar från Civilsamhällets nätverk i Umeå 5 februari 2024";
    browser.open(served.base() + "/?q=oberoende");
    WebElement facet = browser.one(By.cssSelector(".facet[data-dim=document] button[data-value$='remissvar.txt']"));
    assertEquals(title, facet.findElement(By.cssSelector(".value")).getText());
    assertTrue(browser.driver().findElements(By.cssSelector("#results .hit .meta .title")).stream()
        .map(WebElement::getText).toList().contains(title));
    assertFalse(browser.one(By.id("facets")).getText().contains(".txt"), browser.one(By.id("facets")).getText());
    browser.open(served.base() + "/#/overview");
    WebElement chart = browser.one(By.cssSelector("#chart-document"));
    browser.waitFor(d -> chart.getText().contains("Remissvar från Civilsamhällets") ? chart : null);
    assertFalse(chart.getText().contains(".txt"), chart.getText());
  }

  @Test
  void aSearchWithoutHitsOffersTheCorrectedQueryAsALink() throws IOException {
    browser.open(served.base() + "/?q=oberonde");
    WebElement suggestion = browser.one(By.cssSelector("#did-you-mean a"));
    assertEquals("oberoende", suggestion.getText());
    assertTrue(browser.one(By.id("summary")).getText().contains("Menade du:"));
    suggestion.click();
    browser.all(By.cssSelector("#results .hit mark"));
    assertTrue(browser.driver().findElements(By.id("did-you-mean")).isEmpty());
  }

  @Test
  void overviewDrawsBarsPerDocument() throws IOException {
    browser.open(served.base() + "/#/overview");
    List<WebElement> bars = browser.all(By.cssSelector("#chart-document rect"));
    assertEquals(2, bars.size());
    assertTrue(browser.one(By.id("themes")).isDisplayed());
    browser.screenshot("fixture-overview");
  }
}
