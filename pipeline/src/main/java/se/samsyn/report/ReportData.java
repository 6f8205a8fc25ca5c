package se.samsyn.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import se.samsyn.models.Codebook;

/**
 * Everything {@code report.html} shows, assembled from one run by {@link ReportAssembler}; names
 * and labels are already in the report's language, document text is as written (the writer escapes).
 *
 * @param meta            what produced the report
 * @param summary         the headline counts
 * @param principles      statements per principle (codebook principles, then {@code other})
 * @param heatmap         statements per document and principle
 * @param timeline        statements per date bucket (empty when no statement has a date)
 * @param representatives the most representative statements of each principle that has any
 * @param themes          emerging themes, largest first
 * @param documents       the documents that gave statements
 * @param failures        inputs that could not be read, with the reason
 */
public record ReportData(Meta meta, Summary summary, List<Bar> principles, Heatmap heatmap, Timeline timeline,
    List<PrincipleExamples> representatives, List<ThemeSummary> themes, List<DocumentSummary> documents,
    List<Failure> failures) {

  public ReportData {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(heatmap, "heatmap");
    Objects.requireNonNull(timeline, "timeline");
    principles = List.copyOf(principles);
    representatives = List.copyOf(representatives);
    themes = List.copyOf(themes);
    documents = List.copyOf(documents);
    failures = List.copyOf(failures);
  }

  /**
   * @param samsynVersion   Samsyn's version
   * @param codebookId      id of the codebook
   * @param codebookVersion its version
   * @param codebookLabel   id, version and checksum prefix, as in run.json
   * @param finished        when the run finished
   * @param inputs          the inputs as given
   */
  public record Meta(String samsynVersion, String codebookId, String codebookVersion, String codebookLabel,
      ZonedDateTime finished, List<String> inputs) {
    public Meta {
      inputs = List.copyOf(inputs);
    }

    public static Meta of(String samsynVersion, Codebook codebook, ZonedDateTime finished, List<String> inputs) {
      return new Meta(samsynVersion, codebook.id(), codebook.version(), codebook.label(), finished, inputs);
    }
  }

  /**
   * @param documents  inputs that gave text
   * @param statements statements found
   * @param failed     inputs that could not be read
   * @param heading    statements placed by a heading, slide title or numbered item
   * @param inline     statements placed by a label in their own text
   * @param classifier statements placed by the classifier
   * @param other      statements under no principle
   * @param themes     emerging themes
   * @param inThemes   statements in an emerging theme
   */
  public record Summary(long documents, long statements, long failed, long heading, long inline, long classifier,
      long human, long other, long themes, long inThemes) {}

  /**
   * One bar of a chart.
   *
   * @param key     principle id, {@code other} or a date bucket
   * @param label   what the reader sees
   * @param count   the bar's length
   * @param muted   drawn in the quiet colour ({@code other})
   */
  public record Bar(String key, String label, long count, boolean muted) {}

  /**
   * Statements per document (rows) and principle (columns, {@code other} last).
   *
   * @param columns principle ids and {@code other}, with their labels as {@link Bar} keys and labels
   * @param rows    one per document
   * @param hidden  documents left out because the chart shows only the largest ones
   */
  public record Heatmap(List<Bar> columns, List<HeatmapRow> rows, int hidden) {
    public Heatmap {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    /** The largest count in the principle columns, or (muted) in the {@code other} column. */
    public long max(boolean muted) {
      return java.util.stream.IntStream.range(0, columns.size()).filter(c -> columns.get(c).muted() == muted)
          .mapToLong(c -> rows.stream().mapToLong(r -> r.counts().get(c)).max().orElse(0)).max().orElse(0);
    }
  }

  /**
   * @param label   short name of the document (its file name)
   * @param detail  what else identifies it (organisation, date)
   * @param tooltip the full path and title
   * @param counts  statements per column
   * @param total   statements of the document
   */
  public record HeatmapRow(String label, String detail, String tooltip, List<Long> counts, long total) {
    public HeatmapRow {
      counts = List.copyOf(counts);
    }
  }

  /**
   * @param unit    the bucket size: {@code day}, {@code month} or {@code year}
   * @param bars    one per bucket with statements, in time order
   * @param undated statements without a date
   */
  public record Timeline(String unit, List<Bar> bars, long undated) {
    public Timeline {
      bars = List.copyOf(bars);
    }
  }

  /**
   * @param principleId the principle
   * @param name        its name
   * @param definition  its definition
   * @param statements  statements under it
   * @param examples    the most representative of them, best first
   */
  public record PrincipleExamples(String principleId, String name, String definition, long statements,
      List<Example> examples) {
    public PrincipleExamples {
      examples = List.copyOf(examples);
    }
  }

  /**
   * A statement shown as an example, with where it was said.
   *
   * @param text     the statement
   * @param source   its document's file
   * @param section  its section path, or empty
   * @param location page, slide, line or row, or empty
   * @param date     its date, or empty
   * @param method   how it was placed ({@code heading}, {@code inline}, {@code classifier}), or empty
   * @param score    the score of its top principle
   * @param speaker  who said it, or empty
   * @param kind     what it is: {@code voice}, {@code official}, {@code prompt} or {@code heading}
   */
  public record Example(String text, String source, String section, String location, String date, String method,
      double score, String speaker, String kind) {}

  /**
   * @param id       the theme's id
   * @param terms    its label terms
   * @param members  its statements
   * @param examples texts of its most central members
   */
  public record ThemeSummary(String id, List<String> terms, long members, List<Example> examples) {
    public ThemeSummary {
      terms = List.copyOf(terms);
      examples = List.copyOf(examples);
    }
  }

  /**
   * @param source       file as given
   * @param title        title, or empty
   * @param organisation organisation it names most, or empty
   * @param date         its date, or empty
   * @param statements   statements found in it
   * @param status       extraction status ({@code OK}, {@code PARTIAL})
   */
  public record DocumentSummary(String source, String title, String organisation, String date, long statements,
      String status) {}

  /** An input that gave no text: its file, status ({@code FAILED}, {@code TIMEOUT}, {@code SKIPPED}) and why. */
  public record Failure(String source, String status, String reason) {}
}
