package se.samsyn.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.samsyn.core.AtomicFiles;
import se.samsyn.core.CodedRun;
import se.samsyn.models.Codebook;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external
 * resource, so it opens from a USB stick) with the counts, charts, representative statements,
 * emerging themes and failed inputs of a run. Every text from the material is escaped.
 */
public final class HtmlReport {
  /** Ids of the page's sections, in page order (the navigation links to them). */
  static final List<String> SECTIONS = List.of("summary", "principles", "heatmap", "timeline", "examples", "themes",
      "documents", "failures");
  private static final String CSS = resource("report.css");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int TITLE_CHARS = 80;
  private static final int REASON_CHARS = 220;

  private final Messages messages;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  private HtmlReport(Messages messages) {
    this.messages = messages;
  }

  /** Assembles the report of a run and writes it to {@code file}. */
  public static void write(Path file, ReportLanguage language, Codebook codebook, ReportData.Meta meta, CodedRun run)
      throws IOException {
    Messages messages = new Messages(language);
    write(file, new ReportAssembler(codebook, messages).assemble(meta, run), messages);
  }

  /** Writes the report to {@code file} (a temporary file first, then moved into place). */
  public static void write(Path file, ReportData data, Messages messages) throws IOException {
    String page = render(data, messages);
    AtomicFiles.write(file, writer -> writer.write(page));
  }

  /** The whole page. */
  public static String render(ReportData data, Messages messages) {
    HtmlReport report = new HtmlReport(messages);
    report.page(data);
    return report.html.toString();
  }

  private void page(ReportData data) {
    html.append("<!DOCTYPE html>\n<html lang=\"").append(messages.language().code()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(t("title")).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(data.meta());
    html.append("<main>\n");
    summary(data.summary());
    section("principles", t("principles.heading"),
        SvgCharts.bars(data.principles(), messages.text("principles.heading")), t("principles.note"));
    section("heatmap", t("heatmap.heading"),
        SvgCharts.heatmap(data.heatmap(), messages.text("heatmap.heading"), messages.text("total")),
        data.heatmap().hidden() == 0 ? t("heatmap.note")
            : t("heatmap.note") + " " + Html.escape(messages.count("heatmap.hidden", data.heatmap().hidden())));
    timeline(data.timeline());
    ExampleSections sections = new ExampleSections(html, messages);
    sections.representatives(data.representatives());
    sections.themes(data.themes());
    documents(data.documents());
    failures(data.failures());
    html.append("</main>\n<footer>\n<p>").append(t("footer.methods")).append("</p>\n<p>")
        .append(t("footer.files")).append("</p>\n</footer>\n</body>\n</html>\n");
  }

  private void header(ReportData.Meta meta) {
    html.append("<header>\n<h1>").append(t("title")).append("</h1>\n<p class=\"meta\">")
        .append(Html.escape(messages.format("meta.run", WHEN.format(meta.finished()), meta.samsynVersion())))
        .append("<br>").append(Html.escape(messages.format("meta.codebook", meta.codebookId(), meta.codebookVersion(),
            meta.codebookLabel())))
        .append("<br>").append(Html.escape(messages.format("meta.inputs", String.join(", ", meta.inputs()))))
        .append("</p>\n<nav>");
    for (String id : SECTIONS) {
      html.append("<a href=\"#").append(id).append("\">").append(t("nav." + id)).append("</a>");
    }
    html.append("</nav>\n</header>\n");
  }

  private void summary(ReportData.Summary s) {
    html.append("<section id=\"summary\">\n<h2>").append(t("summary.heading")).append("</h2>\n<dl class=\"tiles\">\n");
    tile("documents", s.documents(), "");
    tile("statements", s.statements(), "");
    tile("failed", s.failed(), s.failed() > 0 ? "warn" : "");
    tile("themes", s.themes(), "muted");
    tile("heading", s.heading(), "method");
    tile("inline", s.inline(), "method");
    tile("classifier", s.classifier(), "method");
    if (s.human() > 0) {
      tile("human", s.human(), "method");
    }
    tile("other", s.other(), "muted");
    html.append("</dl>\n<p class=\"note\">").append(Html.escape(messages.format("summary.note",
        messages.number(s.heading() + s.inline() + s.classifier() + s.human()), messages.number(s.other()),
        messages.number(s.inThemes())))).append("</p>\n</section>\n");
  }

  private void tile(String key, long count, String cssClass) {
    html.append("<div class=\"tile ").append(cssClass).append("\" id=\"count-").append(key).append("\" data-count=\"")
        .append(count).append("\"><dt>").append(t("count." + key)).append("</dt><dd>")
        .append(messages.number(count)).append("</dd></div>\n");
  }

  private void timeline(ReportData.Timeline timeline) {
    if (timeline.bars().isEmpty()) {
      section("timeline", t("timeline.heading"), "", t("timeline.none"));
      return;
    }
    String note = t("timeline.unit." + timeline.unit());
    if (timeline.undated() > 0) {
      note += " " + Html.escape(messages.count("timeline.undated", timeline.undated()));
    }
    section("timeline", t("timeline.heading"),
        SvgCharts.columns(timeline.bars(), messages.text("timeline.heading")), note);
  }

  private void documents(List<ReportData.DocumentSummary> documents) {
    html.append("<section id=\"documents\">\n<h2>").append(t("documents.heading")).append("</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    for (ReportData.DocumentSummary d : documents) {
      rows.add(List.of(Html.path(d.source()), Html.shortened(d.title(), TITLE_CHARS), Html.escape(d.organisation()),
          Html.escape(d.date()), messages.number(d.statements()), t("status." + d.status())));
    }
    table(List.of("source", "title", "organisation", "date", "statements", "status"), "documents.column.", rows);
    html.append("</section>\n");
  }

  private void failures(List<ReportData.Failure> failures) {
    html.append("<section id=\"failures\">\n<h2>").append(t("failures.heading")).append("</h2>\n");
    if (failures.isEmpty()) {
      html.append("<p class=\"note\">").append(t("failures.none")).append("</p>\n</section>\n");
      return;
    }
    List<List<String>> rows = failures.stream().map(f -> List.of(Html.path(f.source()), t("status." + f.status()),
        Html.shortened(f.reason(), REASON_CHARS))).toList();
    table(List.of("source", "status", "reason"), "failures.column.", rows);
    html.append("</section>\n");
  }

  /** A table whose cells (HTML) carry their column's name as class, for the style sheet. */
  private void table(List<String> columns, String keyPrefix, List<List<String>> rows) {
    html.append("<div class=\"table\"><table>\n<thead><tr>")
        .append(columns.stream().map(c -> "<th class=\"" + c + "\">" + t(keyPrefix + c) + "</th>")
            .collect(Collectors.joining()))
        .append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        html.append("<td class=\"").append(columns.get(c)).append("\">").append(row.get(c)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table></div>\n");
  }

  private void section(String id, String heading, String figure, String note) {
    html.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
    if (!figure.isEmpty()) {
      html.append("<figure>").append(figure).append("</figure>\n");
    }
    html.append("<p class=\"note\">").append(note).append("</p>\n</section>\n");
  }

  /** A message, escaped. */
  private String t(String key) {
    return Html.escape(messages.text(key));
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
