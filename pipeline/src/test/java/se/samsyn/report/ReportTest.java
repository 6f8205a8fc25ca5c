package se.samsyn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samsyn.batch.OutputTables;
import se.samsyn.cli.CliRun;
import se.samsyn.core.CsvTable;
import se.samsyn.models.Codebook;
import se.samsyn.run.RunFolder;

/** report.html of a real run: its counts agree with the CSV files, it escapes markup and loads nothing. */
class ReportTest {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  private static final Set<String> VOID = Set.of("meta", "br", "link", "img", "input", "hr");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z][\\w:-]*)(?:\\s*=\\s*\"([^\"]*)\")?");
  private static final Pattern TITLED = Pattern.compile("<title>([^<]*): (\\d+)</title>");

  static ReportRun run;
  static String html;
  static List<Map<String, String>> statements;

  @BeforeAll
  static void runOnce() throws IOException {
    run = ReportRun.sample();
    html = Files.readString(run.swedish(), StandardCharsets.UTF_8);
    statements = OutputTables.read(run.out.resolve("statements.csv"));
  }

  @Test
  void runWritesTheReportAndReportsTheUnreadableFiles() {
    assertEquals(3, run.exitCode);
    assertTrue(Files.isRegularFile(run.out.resolve(RunFolder.REPORT)));
  }

  @Test
  void summaryCountsMatchTheCsvFiles() throws IOException {
    Map<String, Long> tiles = new HashMap<>();
    Matcher tile = Pattern.compile("id=\"count-(\\w+)\" data-count=\"(\\d+)\"").matcher(html);
    while (tile.find()) {
      tiles.put(tile.group(1), Long.parseLong(tile.group(2)));
    }
    List<Map<String, String>> documents = OutputTables.read(run.out.resolve("documents.csv"));
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("documents",
        documents.stream().filter(d -> Set.of("OK", "PARTIAL").contains(d.get("status"))).count());
    expected.put("statements", (long) statements.size());
    expected.put("failed", (long) OutputTables.read(run.out.resolve("errors.csv")).size());
    for (String method : List.of("heading", "inline", "classifier")) {
      expected.put(method, statements.stream()
          .filter(s -> s.get("method").equals(method) && !s.get("principles").equals("other")).count());
    }
    expected.put("other", statements.stream().filter(s -> s.get("principles").equals("other")).count());
    expected.put("themes", statements.stream().map(s -> s.get("theme")).filter(t -> !t.isEmpty()).distinct().count());
    assertEquals(expected, tiles);
    assertEquals(2, tiles.get("failed"));
    assertTrue(tiles.get("heading") > 0 && tiles.get("classifier") > 0 && tiles.get("inline") > 0, tiles.toString());
  }

  @Test
  void principleBarsCountEveryPrincipleOfEveryStatement() {
    Map<String, Long> bars = titledCounts(chart("bars"));
    Map<String, Long> expected = new HashMap<>();
    Codebook.standard().principles().forEach(p -> expected.put(p.nameSv(), 0L));
    for (Map<String, String> s : statements) {
      for (String id : s.get("principles").split(";")) {
        expected.merge(name(id), 1L, Long::sum);
      }
    }
    assertEquals(expected, bars);
  }

  @Test
  void heatmapCellsAreStatementsPerDocumentAndPrinciple() {
    Matcher cell = TITLED.matcher(chart("heatmap"));
    Map<String, Long> counts = new HashMap<>();
    for (Map<String, String> s : statements) {
      for (String id : s.get("principles").split(";")) {
        counts.merge(fileName(s.get("source")) + " · " + name(id), 1L, Long::sum);
      }
    }
    int cells = 0;
    while (cell.find()) {
      assertEquals(counts.getOrDefault(unescape(cell.group(1)), 0L), Long.parseLong(cell.group(2)), cell.group());
      cells++;
    }
    long documents = statements.stream().map(s -> s.get("source")).distinct().count();
    assertTrue(cells >= documents * 8, "cells: " + cells);
    assertTrue(html.contains(Html.escape(fileName(ReportRun.HOSTILE_FILE))), "hostile file row");
  }

  @Test
  void timelineCountsStatementsPerMonthAndUndatedOnes() {
    Map<String, Long> columns = titledCounts(chart("columns"));
    Map<String, Long> expected = statements.stream().filter(s -> !s.get("date").isEmpty())
        .collect(Collectors.groupingBy(s -> s.get("date").substring(0, 7), Collectors.counting()));
    assertEquals(expected, columns);
    long undated = statements.stream().filter(s -> s.get("date").isEmpty()).count();
    assertEquals(undated > 0, html.contains(new Messages(ReportLanguage.SV).count("timeline.undated", undated)),
        "undated: " + undated);
  }

  @Test
  void representativeStatementsBelongToTheirPrinciple() {
    Matcher article = Pattern.compile("<article class=\"principle\" id=\"principle-(\\w+)\">(.*?)</article>",
        Pattern.DOTALL).matcher(html);
    int principles = 0;
    while (article.find()) {
      String id = article.group(1);
      List<String> quotes = quotes(article.group(2));
      assertFalse(quotes.isEmpty(), id);
      assertTrue(quotes.size() <= ReportAssembler.EXAMPLES_PER_PRINCIPLE, id + ": " + quotes);
      assertEquals(quotes.size(), Set.copyOf(quotes).size(), "shown once: " + quotes);
      for (String quote : quotes) {
        assertTrue(statements.stream().anyMatch(s -> flat(CsvTable.restore(s.get("text"))).equals(quote)
            && List.of(s.get("principles").split(";")).contains(id)), id + ": " + quote);
      }
      principles++;
    }
    assertEquals(statements.stream().flatMap(s -> List.of(s.get("principles").split(";")).stream())
        .filter(p -> !p.equals("other")).distinct().count(), principles);
  }

  @Test
  void markupFromTheMaterialIsShownAsText() {
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "a script element");
    assertFalse(html.contains("<b>tidig"), "markup from a statement");
    assertFalse(html.contains("<img"), "markup from a file name");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the document title as text");
    assertTrue(html.contains(Html.escape(ReportRun.HOSTILE_FILE)), "the file name as text");
    assertEquals(1, html.split("<style>", -1).length - 1, "only the report's own style element");
  }

  @Test
  void pageIsWellNestedHtml() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), html.substring(0, 40));
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(html.substring(html.indexOf("<html")));
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (VOID.contains(name) || tag.group(3).endsWith("/")) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertEquals(open.pop(), name, "closing tag at " + tag.start());
      }
    }
    assertTrue(open.isEmpty(), "unclosed: " + open);
    for (String id : List.of("summary", "principles", "heatmap", "timeline", "examples", "themes", "documents",
        "failures")) {
      assertTrue(html.contains("<section id=\"" + id + "\">"), id);
    }
    assertTrue(html.contains("samsyn-principles, version "), "codebook id and version");
  }

  @Test
  void pageRequestsNothingFromOutside() {
    Matcher tag = TAG.matcher(html);
    int links = 0;
    while (tag.find()) {
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        String name = attribute.group(1).toLowerCase(Locale.ROOT);
        assertFalse(Set.of("src", "srcset", "action", "data", "poster", "style").contains(name), tag.group());
        if (name.equals("href")) {
          assertTrue(attribute.group(2).startsWith("#"), tag.group());
          links++;
        }
      }
    }
    assertTrue(links >= 8, "the page's own navigation links: " + links);
    String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>")).toLowerCase(Locale.ROOT);
    assertFalse(style.contains("@import") || style.contains("url("), "style loads a resource");
    for (String loader : List.of("<link", "<iframe", "<object", "<embed", "<img", "<script", "xmlns")) {
      assertFalse(html.toLowerCase(Locale.ROOT).contains(loader), loader);
    }
  }

  @Test
  void failedInputsAreListedWithTheirReason() throws IOException {
    String failures = html.substring(html.indexOf("<section id=\"failures\">"));
    for (Map<String, String> error : OutputTables.read(run.out.resolve("errors.csv"))) {
      assertTrue(failures.contains(Html.escape(error.get("source"))), error.toString());
      assertTrue(failures.contains(Html.escape(Html.shorten(error.get("reason"), 40).replace("…", ""))),
          error.toString());
    }
  }

  @Test
  void englishReportHasTheSameCountsInEnglish() throws IOException {
    String english = Files.readString(run.english(), StandardCharsets.UTF_8);
    assertTrue(english.contains("<html lang=\"en\">"));
    assertTrue(english.contains("Statements per principle"));
    assertFalse(english.contains("Uttalanden per princip"));
    Map<String, Long> bars = titledCounts(chart(english, "bars"));
    Map<String, Long> swedish = titledCounts(chart("bars"));
    assertEquals(swedish.get("Dialog"), bars.get("Dialogue"));
    assertEquals(swedish.get("Övrigt"), bars.get("Other"));
    assertEquals(swedish.values().stream().mapToLong(Long::longValue).sum(),
        bars.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void unknownLanguageIsAUsageError() {
    CliRun run = CliRun.of("run", "../corpus/sample", "--out", "target/report-lang-de", "--lang", "de");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--lang takes one of sv, en, not 'de'"), run.err());
  }

  private static String chart(String kind) {
    return chart(html, kind);
  }

  private static String chart(String page, String kind) {
    int start = page.indexOf("<svg class=\"chart " + kind + "\"");
    assertTrue(start >= 0, kind);
    return page.substring(start, page.indexOf("</svg>", start));
  }

  private static Map<String, Long> titledCounts(String svg) {
    Map<String, Long> counts = new HashMap<>();
    Matcher bar = TITLED.matcher(svg);
    while (bar.find()) {
      counts.put(unescape(bar.group(1)), Long.parseLong(bar.group(2)));
    }
    return counts;
  }

  /** The whole text of each quoted statement (from the title of a shortened one). */
  private static List<String> quotes(String article) {
    Matcher quote = Pattern.compile("<blockquote class=\"statement\">(?:<span title=\"([^\"]*)\">[^<]*</span>|([^<]*))"
        + "</blockquote>").matcher(article);
    List<String> quotes = new java.util.ArrayList<>();
    while (quote.find()) {
      quotes.add(flat(unescape(quote.group(1) != null ? quote.group(1) : quote.group(2))));
    }
    return quotes;
  }

  private static String name(String id) {
    return id.equals("other") ? "Övrigt" : Codebook.standard().principle(id).orElseThrow().nameSv();
  }

  private static String fileName(String source) {
    return Path.of(source).getFileName().toString();
  }

  private static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
