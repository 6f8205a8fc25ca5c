package se.samsyn.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through /usr/bin/chromedriver (never downloaded: both binaries are
 * given explicitly, so Selenium Manager is not asked). Tests are skipped when they are not installed.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Starts chromium with a fresh profile; skips the calling test when chromium is not installed. */
  static Browser start(Path work) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    Path downloads = Files.createDirectories(work.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1000", "--lang=sv-SE", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options), downloads);
  }

  WebDriver driver() {
    return driver;
  }

  Path downloads() {
    return downloads;
  }

  void open(String url) {
    driver.get(url);
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
  }

  /** Waits until at least one element matches and returns all that do. */
  List<WebElement> all(By by) {
    return waitFor(d -> {
      List<WebElement> found = d.findElements(by);
      return found.isEmpty() ? null : found;
    });
  }

  WebElement one(By by) {
    return all(by).getFirst();
  }

  /** Saves a screenshot as target/screenshots/NAME.png (a build artefact). */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
