package se.samsyn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samsyn.batch.OutputTables;
import se.samsyn.cli.CliRun;
import se.samsyn.cli.SharedCorpus;
import se.samsyn.run.RunFolder;
import se.samsyn.testing.Browser;

/**
 * report.html of the real workshop documents in ../shared/corpus, as a steering group would open it:
 * rendered to target/screenshots/report-shared-corpus.png, with its counts checked against the CSV files.
 */
@Tag("shared-corpus")
class ReportSharedCorpusBrowserTest {
  @TempDir
  Path work;

  @Test
  void reportOfTheRealMaterial() throws IOException {
    Path out = work.resolve("out");
    CliRun run = CliRun.of("run", SharedCorpus.folder().toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> statements = OutputTables.read(out.resolve("statements.csv"));
    String page = out.resolve(RunFolder.REPORT).toAbsolutePath().toUri().toString();
    try (Browser browser = Browser.start(work)) {
      browser.open(page);
      assertEquals(Long.toString(statements.size()),
          browser.one(By.id("count-statements")).getAttribute("data-count"));
      assertEquals(Long.toString(statements.stream().map(s -> s.get("source")).distinct().count()),
          Integer.toString(browser.driver().findElements(By.cssSelector("svg.heatmap text.total")).size()));
      List<String> principles = browser.all(By.cssSelector("article.principle h3")).stream()
          .map(WebElement::getText).toList();
      assertTrue(principles.getFirst().startsWith("Självständighet och oberoende"), principles.toString());
      browser.fullPageScreenshot("report-shared-corpus");
      List<String> requests = browser.requestedUrls();
      assertTrue(requests.stream().allMatch(r -> r.startsWith("file:") || r.startsWith("data:")), requests.toString());
    }
  }
}
