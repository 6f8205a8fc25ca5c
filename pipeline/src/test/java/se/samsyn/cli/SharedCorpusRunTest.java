package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;

/**
 * {@code samsyn run ../shared/corpus}: structure, speakers, noise and locations of the real
 * documents, pinned by golden files. The golden files hold ids, locations, dates, kinds, word counts and
 * fingerprints of each statement's section, speaker and text, never the corpus text itself. To accept a
 * deliberate change, run with {@code -Dsamsyn.updateGolden=true} and review the diff.
 */
@Tag("shared-corpus")
class SharedCorpusRunTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final List<String> WORKSHOP_DOCUMENTS = List.of("000_", "001_", "002_", "004_");

  @TempDir
  static Path out;
  static CliRun run;
  static List<Map<String, String>> statements;

  @BeforeAll
  static void runOnSharedCorpus() throws IOException {
    run = CliRun.of("run", SharedCorpus.folder().toString(), "--out", out.toString(), "--quiet");
    statements = OutputTables.read(out.resolve("statements.csv"));
  }

  @Test
  void theFourWorkshopDocumentsAreProcessed() throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> documents = OutputTables.read(out.resolve("documents.csv"));
    for (String prefix : WORKSHOP_DOCUMENTS) {
      Map<String, String> document = documents.stream().filter(d -> name(d).startsWith(prefix)).findFirst().orElseThrow();
      assertEquals("OK", document.get("status"), document.toString());
      assertEquals("sv", document.get("language"), document.toString());
    }
  }

  @Test
  void everyWorkshopLineOf000IsItsOwnStatementUnderItsSummary() throws IOException {
    List<Map<String, String>> of000 = of("000_");
    String heading = null;
    String summary = null;
    List<String> lines = Files.readAllLines(SharedCorpus.file("000_"), StandardCharsets.UTF_8);
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.matches("\\d\\. .*")) {
        heading = line;
        summary = null;
      } else if (line.startsWith("Sammanfattning från")) {
        summary = heading + " > " + line;
      } else if (summary != null && line.matches(".*\\p{L}.*")) {
        String expectedSection = summary;
        String location = "line " + (i + 1);
        boolean ownStatement = of000.stream().anyMatch(s -> s.get("location").equals(location)
            && s.get("section").equals(expectedSection));
        // A line starting in lower case after a blank line may finish the sentence above it.
        boolean continuation = Character.isLowerCase(line.codePointAt(0)) && of000.stream()
            .anyMatch(s -> s.get("section").equals(expectedSection) && s.get("text").endsWith(line));
        assertTrue(ownStatement || continuation, "line " + (i + 1) + " is not a statement under " + summary);
        checked++;
      }
    }
    assertTrue(checked > 250, "checked " + checked + " workshop lines");
  }

  @Test
  void sourcePrefixedQuotesCarryTheirSpeaker() {
    for (String speaker : List.of("Skåne", "VGR", "Örebro", "Norrköping", "Processledarnas anmärkning")) {
      assertTrue(of("000_").stream().anyMatch(s -> s.get("speaker").equals(speaker)), speaker);
    }
    assertTrue(of("000_").stream().noneMatch(s -> s.get("text").startsWith("Skåne:")));
  }

  @Test
  void quotedAgreementsAreOfficialAndWorkshopLinesAreVoices() {
    for (Map<String, String> s : of("000_")) {
      boolean quoted = List.of("Skåne", "VGR", "Örebro", "Norrköping").contains(s.get("speaker"));
      boolean workshop = s.get("section").contains("Sammanfattning från");
      if (quoted) {
        assertEquals("official", s.get("kind"), s.toString());
      } else if (workshop && !s.get("text").endsWith(":")) {
        assertEquals("voice", s.get("kind"), s.toString());
      }
    }
    for (String agreementOrSlides : List.of("001_", "002_", "004_")) {
      assertTrue(of(agreementOrSlides).stream().noneMatch(s -> s.get("kind").equals("voice")), agreementOrSlides);
    }
  }

  @Test
  void atLeastFourOfFiveRepresentativesOfEachMainPrincipleAreVoices() throws IOException {
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    Matcher article = Pattern.compile("<article class=\"principle\" id=\"principle-(\\w+)\">(.*?)</article>",
        Pattern.DOTALL).matcher(html);
    List<String> main = List.of("independence", "dialogue", "quality", "long_term", "openness", "diversity",
        "innovation", "clarity");
    int seen = 0;
    while (article.find()) {
      if (!main.contains(article.group(1))) {
        continue;
      }
      seen++;
      Matcher kind = Pattern.compile("<p class=\"meta\"><span>([^<:]*)").matcher(article.group(2));
      List<String> kinds = new ArrayList<>();
      while (kind.find()) {
        kinds.add(kind.group(1));
      }
      assertEquals(5, kinds.size(), article.group(1));
      assertTrue(kinds.stream().filter("röst"::equals).count() >= 4, article.group(1) + ": " + kinds);
    }
    assertEquals(main.size(), seen);
  }

  @Test
  void noStatementOf004HoldsCaptureBannerText() {
    for (Map<String, String> statement : of("004_")) {
      String text = statement.get("text");
      for (String banner : List.of("Presentation laddar", "Liknande presentationer", "Ladda ner ppt",
          "Google-annonser", "Presentationens avskrift")) {
        assertFalse(text.contains(banner), statement.toString());
      }
    }
  }

  @Test
  void slideNumbersOf004AreLocationsNotText() throws IOException {
    Pattern numberedSlide = Pattern.compile("^(\\d{1,2}) (\\S.*)");
    int slides = 0;
    for (String line : Files.readAllLines(SharedCorpus.file("004_"), StandardCharsets.UTF_8)) {
      Matcher m = numberedSlide.matcher(line);
      if (m.matches() && Integer.parseInt(m.group(1)) == slides + 1) {
        slides++;
        String location = "slide " + slides;
        String number = m.group(1) + " ";
        assertTrue(of("004_").stream().anyMatch(s -> s.get("location").equals(location)), location);
        assertTrue(of("004_").stream().filter(s -> s.get("location").equals(location))
            .noneMatch(s -> s.get("text").startsWith(number + m.group(2).substring(0, 3))), location);
      }
    }
    assertEquals(33, slides);
  }

  @Test
  void structureMatchesTheGoldenFiles() throws IOException {
    boolean update = Boolean.getBoolean("samsyn.updateGolden");
    for (String prefix : WORKSHOP_DOCUMENTS) {
      Path golden = GOLDEN.resolve(prefix + "statements.tsv");
      String actual = fingerprint(of(prefix));
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }
  }

  private static String fingerprint(List<Map<String, String>> rows) {
    StringBuilder tsv = new StringBuilder(
        "statement_id\tlocation\tdate\tkind\twords\tsection_sha256\tspeaker_sha256\ttext_sha256\n");
    for (Map<String, String> s : rows) {
      tsv.append(String.join("\t", s.get("statement_id"), s.get("location"), s.get("date"), s.get("kind"),
          Integer.toString(s.get("text").split("\\s+").length), sha256(s.get("section")), sha256(s.get("speaker")),
          sha256(s.get("text")))).append('\n');
    }
    return tsv.toString();
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return text.isEmpty() ? "-" : HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Map<String, String>> of(String prefix) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> s : statements) {
      if (Path.of(s.get("source")).getFileName().toString().startsWith(prefix)) {
        rows.add(s);
      }
    }
    return rows;
  }

  private static String name(Map<String, String> document) {
    return Path.of(document.get("source")).getFileName().toString();
  }
}
