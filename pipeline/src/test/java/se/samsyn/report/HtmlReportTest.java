package se.samsyn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The page writer and its helpers on hand-made report data. */
class HtmlReportTest {
  private static final String HOSTILE = "<script>alert('x')</script> & \"citat\"";

  @Test
  void everyTextFromTheMaterialIsEscaped() {
    ReportData.Example example = new ReportData.Example(HOSTILE, "in/" + HOSTILE + ".txt", HOSTILE + " > Dialog",
        "page 2", "2024-05-02", "classifier", 0.8125, HOSTILE, "voice");
    ReportData.Bar dialogue = new ReportData.Bar("dialogue", HOSTILE, 1, false);
    ReportData data = new ReportData(
        new ReportData.Meta("1.0", HOSTILE, "2", HOSTILE, ZonedDateTime.of(2026, 11, 23, 9, 5, 0, 0, ZoneOffset.UTC),
            List.of(HOSTILE)),
        new ReportData.Summary(1, 1, 1, 0, 0, 1, 0, 0, 1, 0), List.of(dialogue),
        new ReportData.Heatmap(List.of(dialogue), List.of(new ReportData.HeatmapRow(HOSTILE, HOSTILE, HOSTILE,
            List.of(1L), 1)), 0),
        new ReportData.Timeline("day", List.of(new ReportData.Bar("2024-05-02", "2024-05-02", 1, false)), 0),
        List.of(new ReportData.PrincipleExamples("dialogue", HOSTILE, HOSTILE, 1, List.of(example))),
        List.of(new ReportData.ThemeSummary("t", List.of(HOSTILE), 1, List.of(example))),
        List.of(new ReportData.DocumentSummary(HOSTILE, HOSTILE, HOSTILE, "", 1, "OK")),
        List.of(new ReportData.Failure(HOSTILE, "FAILED", HOSTILE)));
    String html = HtmlReport.render(data, new Messages(ReportLanguage.EN));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
    assertFalse(html.contains("\"citat\""));
    assertTrue(html.split("&lt;script&gt;alert\\(&#39;x&#39;\\)&lt;/script&gt; &amp; &quot;citat&quot;").length > 15);
    assertTrue(html.contains("classifier, 0.81"), "score in English notation");
    assertTrue(html.contains("Run 2026-11-23 09:05 · Samsyn 1.0"));
  }

  @Test
  void shortenedTextKeepsTheWholeTextInItsTitle() {
    String text = "Dialogen ska vara regelbunden och öppen för alla föreningar i hela regionen.";
    assertEquals("Dialogen ska vara…", Html.shorten(text, 20));
    assertEquals("<span title=\"" + text + "\">Dialogen ska vara…</span>", Html.shortened(text, 20));
    assertEquals(Html.escape("a < b"), Html.shortened("a < b", 20));
    assertEquals("000_9afed11f68…f5e.txt", Html.middle("000_9afed11f683fbf5e.txt", 22));
  }

  @Test
  void bothLanguagesHaveTheSameTexts() {
    Set<String> swedish = new HashSet<>(new Messages(ReportLanguage.SV).keys());
    assertEquals(swedish, new Messages(ReportLanguage.EN).keys());
    assertEquals("12\u00a0345", new Messages(ReportLanguage.SV).number(12_345));
    assertEquals("12,345", new Messages(ReportLanguage.EN).number(12_345));
  }
}
