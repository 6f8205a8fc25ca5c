package se.samsyn.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through /usr/bin/chromedriver (never downloaded: both binaries are
 * given explicitly, so Selenium Manager is not asked). Tests are skipped when they are not installed.
 * Chromium's performance log is on, so a test can list every network request the page made.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BROWSER_PAGE = Pattern.compile("chrome(-untrusted)?://");

  private final ChromeDriver driver;
  private final Path downloads;
  private final List<String> requests = new ArrayList<>();

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Starts chromium with a fresh profile; skips the calling test when chromium is not installed. */
  public static Browser start(Path work) throws IOException {
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
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options), downloads);
  }

  public WebDriver driver() {
    return driver;
  }

  public Path downloads() {
    return downloads;
  }

  public void open(String url) {
    driver.get(url);
  }

  public <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
  }

  /** Waits until at least one element matches and returns all that do. */
  public List<WebElement> all(By by) {
    return waitFor(d -> {
      List<WebElement> found = d.findElements(by);
      return found.isEmpty() ? null : found;
    });
  }

  public WebElement one(By by) {
    return all(by).getFirst();
  }

  /** Saves a screenshot of the window as target/screenshots/NAME.png (a build artefact). */
  public Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    return Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Saves a screenshot of the whole page, beyond the window, as target/screenshots/NAME.png. */
  public Path fullPageScreenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
        "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }

  /**
   * The URL of every request a web page sent since the browser started (pages, styles, images, fonts,
   * fetches), from chromium's performance log. Requests of the browser's own chrome:// and
   * chrome-untrusted:// pages (its new-tab page loads its parts at start) are left out.
   */
  public List<String> requestedUrls() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.requestWillBeSent")
            && !BROWSER_PAGE.matcher(message.at("/params/documentURL").asText()).lookingAt()) {
          requests.add(message.at("/params/request/url").asText());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("chromium wrote a performance log entry that is not JSON", e);
      }
    }
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
