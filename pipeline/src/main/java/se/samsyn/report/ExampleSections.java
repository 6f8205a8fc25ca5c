package se.samsyn.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samsyn.core.Location;

/** The report's sections of quoted statements: representative ones per principle, and emerging themes. */
final class ExampleSections {
  private static final int STATEMENT_CHARS = 400;
  private static final int THEME_EXAMPLE_CHARS = 220;
  private static final int SECTION_CHARS = 90;

  private final StringBuilder html;
  private final Messages messages;

  ExampleSections(StringBuilder html, Messages messages) {
    this.html = html;
    this.messages = messages;
  }

  void representatives(List<ReportData.PrincipleExamples> principles) {
    html.append("<section id=\"examples\">\n<h2>").append(t("examples.heading")).append("</h2>\n<p class=\"note\">")
        .append(t("examples.note")).append("</p>\n");
    if (principles.isEmpty()) {
      html.append("<p class=\"note\">").append(t("examples.none")).append("</p>\n");
    }
    for (ReportData.PrincipleExamples principle : principles) {
      html.append("<article class=\"principle\" id=\"principle-").append(Html.escape(principle.principleId()))
          .append("\">\n<h3>").append(Html.escape(principle.name())).append(" <span class=\"count\">")
          .append(Html.escape(messages.count("statements", principle.statements())))
          .append("</span></h3>\n");
      if (!principle.definition().isBlank()) {
        html.append("<p class=\"definition\">").append(Html.escape(principle.definition())).append("</p>\n");
      }
      html.append("<ol class=\"examples\">\n");
      for (ReportData.Example example : principle.examples()) {
        html.append("<li><blockquote class=\"statement\">").append(Html.shortened(example.text(), STATEMENT_CHARS))
            .append("</blockquote>").append(meta(example, true)).append("</li>\n");
      }
      html.append("</ol>\n</article>\n");
    }
    html.append("</section>\n");
  }

  void themes(List<ReportData.ThemeSummary> themes) {
    html.append("<section id=\"themes\">\n<h2>").append(t("themes.heading")).append("</h2>\n<p class=\"note\">")
        .append(t(themes.isEmpty() ? "themes.none" : "themes.note")).append("</p>\n<div class=\"themes\">\n");
    for (ReportData.ThemeSummary theme : themes) {
      html.append("<article class=\"theme\" id=\"theme-").append(Html.escape(theme.id())).append("\">\n<h3>");
      theme.terms().forEach(term -> html.append("<span class=\"term\">").append(Html.escape(term)).append("</span> "));
      html.append("</h3>\n<p class=\"count\">")
          .append(Html.escape(messages.count("statements", theme.members())))
          .append("</p>\n<ul class=\"examples\">\n");
      for (ReportData.Example example : theme.examples()) {
        html.append("<li><span class=\"statement\">").append(Html.shortened(example.text(), THEME_EXAMPLE_CHARS))
            .append("</span>").append(meta(example, false)).append("</li>\n");
      }
      html.append("</ul>\n</article>\n");
    }
    html.append("</div>\n</section>\n");
  }

  /** What it is and who said it, where it was said: file, section, location, date, and (for principles) how it was placed. */
  private String meta(ReportData.Example example, boolean withMethod) {
    List<String> parts = new ArrayList<>();
    parts.add(Html.escape(messages.text("kind." + example.kind())
        + (example.speaker().isEmpty() ? "" : ": " + example.speaker())));
    parts.add(Html.path(example.source()));
    if (!example.section().isEmpty()) {
      parts.add(Html.shortened(example.section(), SECTION_CHARS));
    }
    if (!example.location().isEmpty()) {
      Location location = Location.parse(example.location());
      parts.add(Html.escape(messages.format("location." + location.unit().label(), location.number())));
    }
    if (!example.date().isEmpty()) {
      parts.add(Html.escape(example.date()));
    }
    if (withMethod && !example.method().isEmpty()) {
      parts.add(Html.escape(messages.format("method." + example.method(),
          String.format(Locale.forLanguageTag(messages.language().code()), "%.2f", example.score()))));
    }
    StringBuilder meta = new StringBuilder("<p class=\"meta\">");
    parts.forEach(p -> meta.append("<span>").append(p).append("</span>"));
    return meta.append("</p>").toString();
  }

  private String t(String key) {
    return Html.escape(messages.text(key));
  }
}
