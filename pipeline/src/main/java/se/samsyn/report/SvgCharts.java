package se.samsyn.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG (no script, no external resource): horizontal bars, columns
 * over time and a heatmap. Text widths are estimated from the character count, so long labels are
 * shortened with "…" and their whole text is in the element's {@code <title>} (shown on hover).
 */
final class SvgCharts {
  static final int WIDTH = 900;
  private static final double CHAR_WIDTH = 7.0;
  /** How far a label rotated by 45° reaches, horizontally or vertically, per character. */
  private static final double ROTATED_CHAR = CHAR_WIDTH * 0.72;
  private static final String BAR = "#1f4e79";
  private static final String MUTED = "#9aa5b1";
  private static final String EMPTY = "#f7f8f9";
  private static final int[][] BLUES = {{226, 235, 244}, {31, 78, 121}};
  private static final int[][] GREYS = {{236, 238, 241}, {96, 108, 120}};

  private SvgCharts() {}

  /** One horizontal bar per entry, its label on the left and its count at its end. */
  static String bars(List<ReportData.Bar> bars, String caption) {
    int rowHeight = 28;
    int labelWidth = (int) Math.min(340, longest(bars) * CHAR_WIDTH + 16);
    int plot = WIDTH - labelWidth - 60;
    long max = Math.max(1, bars.stream().mapToLong(ReportData.Bar::count).max().orElse(1));
    StringBuilder svg = open(WIDTH, bars.size() * rowHeight + 8, caption, "bars");
    for (int i = 0; i < bars.size(); i++) {
      ReportData.Bar bar = bars.get(i);
      int y = i * rowHeight + 4;
      double length = bar.count() == 0 ? 0 : Math.max(2, plot * (double) bar.count() / max);
      svg.append(titled(bar.label() + ": " + bar.count()))
          .append(text(labelWidth - 10, y + 18, "end", "", fit(bar.label(), labelWidth - 16)))
          .append(rect(labelWidth, y + 4, length, 20, bar.muted() ? MUTED : BAR))
          .append(text(labelWidth + length + 6, y + 18, "start", "count", Long.toString(bar.count())))
          .append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  /** One column per entry in the given (time) order, its count on top and its label below. */
  static String columns(List<ReportData.Bar> bars, String caption) {
    int slot = Math.max(14, Math.min(90, (WIDTH - 40) / Math.max(1, bars.size())));
    int left = (WIDTH - slot * bars.size()) / 2;
    boolean rotate = longest(bars) * CHAR_WIDTH > slot - 4;
    int top = 22;
    int plot = 200;
    int bottom = rotate ? (int) (longest(bars) * ROTATED_CHAR) + 16 : 24;
    long max = Math.max(1, bars.stream().mapToLong(ReportData.Bar::count).max().orElse(1));
    StringBuilder svg = open(WIDTH, top + plot + bottom, caption, "columns");
    svg.append(String.format(Locale.ROOT, "<line x1=\"20\" x2=\"%d\" y1=\"%d\" y2=\"%d\" class=\"axis\"/>",
        WIDTH - 20, top + plot, top + plot));
    for (int i = 0; i < bars.size(); i++) {
      ReportData.Bar bar = bars.get(i);
      double height = Math.max(2, plot * (double) bar.count() / max);
      double centre = left + slot * (i + 0.5);
      double width = slot * 0.7;
      svg.append(titled(bar.label() + ": " + bar.count()))
          .append(rect(centre - width / 2, top + plot - height, width, height, BAR))
          .append(text(centre, top + plot - height - 5, "middle", "count", Long.toString(bar.count())))
          .append(rotate ? rotated(centre + 4, top + plot + 14, "end", "", bar.label())
              : text(centre, top + plot + 17, "middle", "", bar.label()))
          .append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Documents (rows) × principles (columns) with the count in each cell, the colour growing with the
   * square root of the count (so that small counts stay visible next to large ones), and the row total.
   * The {@code other} column has a grey scale of its own, so that its often large counts do not pale
   * the principles.
   */
  static String heatmap(ReportData.Heatmap heatmap, String caption, String totalLabel) {
    int cell = 58;
    int rowHeight = 38;
    int labelWidth = 300;
    List<String> headers = new ArrayList<>(heatmap.columns().stream().map(c -> fit(c.label(), 230)).toList());
    headers.add(totalLabel);
    int longest = headers.stream().mapToInt(String::length).max().orElse(0);
    int header = (int) (longest * ROTATED_CHAR) + 20;
    int gridRight = labelWidth + headers.size() * cell;
    int width = Math.max(WIDTH, gridRight + (int) (longest * ROTATED_CHAR) - cell / 2 + 10);
    int legendTop = header + heatmap.rows().size() * rowHeight + 14;
    StringBuilder svg = open(width, legendTop + 40, caption, "heatmap");
    for (int c = 0; c < headers.size(); c++) {
      svg.append(rotated(labelWidth + c * cell + cell / 2.0 - 4, header - 6, "start",
          c == headers.size() - 1 ? "total-heading" : "", headers.get(c)));
    }
    long[] max = {Math.max(1, heatmap.max(false)), Math.max(1, heatmap.max(true))};
    int labelChars = (int) ((labelWidth - 16) / CHAR_WIDTH);
    for (int r = 0; r < heatmap.rows().size(); r++) {
      ReportData.HeatmapRow row = heatmap.rows().get(r);
      int y = header + r * rowHeight;
      svg.append(titled(row.tooltip()))
          .append(text(labelWidth - 10, y + 16, "end", "", Html.middle(row.label(), labelChars)))
          .append(text(labelWidth - 10, y + 31, "end", "detail", fit(row.detail(), (labelWidth - 16) * 7 / 6)))
          .append("</g>");
      for (int c = 0; c < row.counts().size(); c++) {
        ReportData.Bar column = heatmap.columns().get(c);
        long n = row.counts().get(c);
        double t = n == 0 ? 0 : Math.sqrt((double) n / max[column.muted() ? 1 : 0]);
        int x = labelWidth + c * cell;
        svg.append(titled(row.label() + " · " + column.label() + ": " + n))
            .append(rect(x + 1, y + 1, cell - 2, rowHeight - 2, n == 0 ? EMPTY : colour(t, column.muted())))
            .append(n == 0 ? "" : text(x + cell / 2.0, y + rowHeight / 2.0 + 5, "middle", t > 0.55 ? "on-dark" : "",
                Long.toString(n)))
            .append("</g>");
      }
      svg.append(text(gridRight - cell / 2.0, y + rowHeight / 2.0 + 5, "middle", "total", Long.toString(row.total())));
    }
    legend(svg, labelWidth, legendTop, max[0]);
    return svg.append("</svg>").toString();
  }

  /** Five swatches from the lightest to the darkest colour with the counts they stand for. */
  private static void legend(StringBuilder svg, int x, int y, long max) {
    for (int i = 0; i < 5; i++) {
      double t = (i + 1) / 5.0;
      long count = Math.max(1, Math.round(t * t * max));
      svg.append(rect(x + i * 44, y, 40, 14, colour(t, false)))
          .append(text(x + i * 44 + 20, y + 30, "middle", "detail", Long.toString(count)));
    }
  }

  /** The colour a fraction {@code t} (0–1) of the way from light to dark, in blue or (muted) grey. */
  static String colour(double t, boolean muted) {
    int[][] scale = muted ? GREYS : BLUES;
    int[] rgb = new int[3];
    for (int i = 0; i < 3; i++) {
      rgb[i] = (int) Math.round(scale[0][i] + (scale[1][i] - scale[0][i]) * t);
    }
    return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  }

  private static StringBuilder open(int width, int height, String caption, String kind) {
    return new StringBuilder(4096).append(String.format(Locale.ROOT,
        "<svg class=\"chart %s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
        kind, width, height, width, height, Html.escape(caption)));
  }

  /** Opens a group whose {@code <title>} is shown on hover; the caller closes it. */
  private static String titled(String title) {
    return "<g><title>" + Html.escape(title) + "</title>";
  }

  private static String rect(double x, double y, double width, double height, String fill) {
    return String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>", x, y, width, height, fill);
  }

  private static String text(double x, double y, String anchor, String cssClass, String content) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>", x, y, anchor,
        classAttribute(cssClass), Html.escape(content));
  }

  /** Text rotated by -45° around its anchor point (for long labels under or above narrow columns). */
  private static String rotated(double x, double y, String anchor, String cssClass, String content) {
    return String.format(Locale.ROOT,
        "<text transform=\"translate(%.1f,%.1f) rotate(-45)\" text-anchor=\"%s\"%s>%s</text>", x, y, anchor,
        classAttribute(cssClass), Html.escape(content));
  }

  private static String classAttribute(String cssClass) {
    return cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"";
  }

  private static int longest(List<ReportData.Bar> bars) {
    return bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
  }

  /** The label shortened to what fits in {@code width} pixels. */
  private static String fit(String label, int width) {
    return Html.shorten(label, Math.max(4, (int) (width / CHAR_WIDTH)));
  }
}
