package se.samsyn.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samsyn.core.CodedRun;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.Method;
import se.samsyn.core.SameText;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.Theme;
import se.samsyn.export.ThemeFrequencies.By;
import se.samsyn.export.ThemeFrequencies;
import se.samsyn.models.Codebook;

/**
 * Assembles {@link ReportData} from a run: the statements as the index gets them, counted with
 * {@link ThemeFrequencies} (overall, per document, per date), the representative statements of
 * each principle, the emerging themes and the inputs that failed.
 */
public final class ReportAssembler {
  static final int EXAMPLES_PER_PRINCIPLE = 5;
  static final int EXAMPLES_PER_THEME = 3;
  /** More documents than this make the heatmap unreadable; the largest ones are shown. */
  static final int HEATMAP_DOCUMENTS = 40;
  private static final int MAX_DAYS = 24;
  private static final int MAX_MONTHS = 36;

  private final Codebook codebook;
  private final Messages messages;

  public ReportAssembler(Codebook codebook, Messages messages) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** The report of a run. */
  public ReportData assemble(ReportData.Meta meta, CodedRun run) {
    List<CodedStatement> statements = run.statements();
    List<DocumentResult> results = run.results();
    Map<String, String> themeLabels = run.themeLabels();
    Map<By, ThemeFrequencies> counts = new LinkedHashMap<>();
    for (By by : List.of(By.ALL, By.DOCUMENT, By.DATE)) {
      ThemeFrequencies frequencies = new ThemeFrequencies(by, codebook, themeLabels);
      statements.forEach(frequencies::add);
      counts.put(by, frequencies);
    }
    Map<String, Long> overall = byCode(counts.get(By.ALL).rows(), "all");
    List<DocumentResult> documents = results.stream().filter(r -> r.status().hasText()).toList();
    List<DocumentResult> failures = results.stream().filter(r -> !r.status().isComplete()).toList();
    return new ReportData(meta, summary(statements, overall, documents.size(), failures.size(), run.themes().size()),
        principleBars(overall), heatmap(counts.get(By.DOCUMENT).rows(), documents),
        timeline(counts.get(By.DATE).rows()), representatives(statements, overall), themes(run.themes(), statements),
        documents.stream().map(ReportAssembler::document).toList(),
        failures.stream().map(f -> new ReportData.Failure(f.source().source(), f.status().name(), f.error())).toList());
  }

  private static ReportData.Summary summary(List<CodedStatement> statements, Map<String, Long> overall,
      long documents, long failures, int themes) {
    Map<String, Long> byMethod = statements.stream().filter(s -> !s.principles().isEmpty())
        .collect(Collectors.groupingBy(CodedStatement::method, Collectors.counting()));
    long inThemes = overall.entrySet().stream().filter(e -> e.getKey().startsWith(ThemeFrequencies.THEME_PREFIX))
        .mapToLong(Map.Entry::getValue).sum();
    return new ReportData.Summary(documents, overall.getOrDefault(ThemeFrequencies.TOTAL, 0L), failures,
        byMethod.getOrDefault(Method.HEADING.label(), 0L), byMethod.getOrDefault(Method.INLINE.label(), 0L),
        byMethod.getOrDefault(Method.CLASSIFIER.label(), 0L), byMethod.getOrDefault(Method.HUMAN.label(), 0L),
        overall.getOrDefault(StatementGroups.OTHER, 0L),
        themes, inThemes);
  }

  /** Every codebook principle (those without statements too), most statements first, then {@code other}. */
  private List<ReportData.Bar> principleBars(Map<String, Long> overall) {
    List<ReportData.Bar> bars = new ArrayList<>(columns(overall, true));
    ReportData.Bar other = bars.removeLast();
    bars.sort(Comparator.comparingLong(b -> -b.count()));
    bars.add(other);
    return bars;
  }

  /** Codebook principles in codebook order (all, or those with statements), then {@code other}. */
  private List<ReportData.Bar> columns(Map<String, Long> counts, boolean all) {
    List<ReportData.Bar> columns = new ArrayList<>();
    for (Codebook.Principle principle : codebook.principles()) {
      long count = counts.getOrDefault(principle.id(), 0L);
      if (all || count > 0) {
        columns.add(new ReportData.Bar(principle.id(), messages.name(principle), count, false));
      }
    }
    columns.add(new ReportData.Bar(StatementGroups.OTHER, messages.text("other"),
        counts.getOrDefault(StatementGroups.OTHER, 0L), true));
    return columns;
  }

  /** The largest documents (at most {@link #HEATMAP_DOCUMENTS}) in source order, with their counts per column. */
  private ReportData.Heatmap heatmap(List<ThemeFrequencies.Row> rows, List<DocumentResult> documents) {
    Map<String, Map<String, Long>> bySource = new TreeMap<>();
    rows.forEach(r -> bySource.computeIfAbsent(r.group(), g -> new HashMap<>()).put(r.code(), r.statements()));
    Map<String, Long> anywhere = new HashMap<>();
    bySource.values().forEach(cells -> cells.forEach((code, n) -> anywhere.merge(code, n, Long::sum)));
    List<ReportData.Bar> columns = columns(anywhere, false);
    Map<String, Document> documentOf = documents.stream().map(DocumentResult::document)
        .collect(Collectors.toMap(d -> d.source().source(), Function.identity(), (a, b) -> a));
    List<String> shown = bySource.keySet().stream()
        .sorted(Comparator.comparingLong((String s) -> -bySource.get(s).get(ThemeFrequencies.TOTAL))
            .thenComparing(Function.identity()))
        .limit(HEATMAP_DOCUMENTS).sorted().toList();
    List<ReportData.HeatmapRow> heatmapRows = shown.stream()
        .map(source -> heatmapRow(documentOf.get(source), bySource.get(source), columns)).toList();
    return new ReportData.Heatmap(columns, heatmapRows, bySource.size() - shown.size());
  }

  private static ReportData.HeatmapRow heatmapRow(Document d, Map<String, Long> cells, List<ReportData.Bar> columns) {
    String source = d.source().source();
    String detail = Stream.of(d.organisation(), Objects.toString(d.date(), "")).filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" · "));
    return new ReportData.HeatmapRow(Html.fileName(source), detail,
        d.title().isEmpty() ? source : source + " – " + d.title(),
        columns.stream().map(c -> cells.getOrDefault(c.key(), 0L)).toList(), cells.get(ThemeFrequencies.TOTAL));
  }

  /** Statements per day, or per month or year when there are too many days to show. */
  private ReportData.Timeline timeline(List<ThemeFrequencies.Row> rows) {
    Map<String, Long> days = new TreeMap<>();
    rows.stream().filter(r -> r.code().equals(ThemeFrequencies.TOTAL))
        .forEach(r -> days.put(r.group(), r.statements()));
    long undated = Objects.requireNonNullElse(days.remove(""), 0L);
    String unit = days.size() <= MAX_DAYS ? "day"
        : days.keySet().stream().map(d -> d.substring(0, 7)).distinct().count() <= MAX_MONTHS ? "month" : "year";
    int length = switch (unit) {
      case "day" -> 10;
      case "month" -> 7;
      default -> 4;
    };
    Map<String, Long> buckets = new TreeMap<>();
    days.forEach((day, n) -> buckets.merge(day.substring(0, length), n, Long::sum));
    return new ReportData.Timeline(unit, buckets.entrySet().stream()
        .map(e -> new ReportData.Bar(e.getKey(), e.getKey(), e.getValue(), false)).toList(), undated);
  }

  private List<ReportData.PrincipleExamples> representatives(List<CodedStatement> statements,
      Map<String, Long> overall) {
    Representatives representatives = new Representatives(statements);
    return codebook.principles().stream().filter(p -> overall.getOrDefault(p.id(), 0L) > 0)
        .map(p -> new ReportData.PrincipleExamples(p.id(), messages.name(p), messages.definition(p),
            overall.get(p.id()), representatives.of(p.id(), EXAMPLES_PER_PRINCIPLE).stream()
                .map(ReportAssembler::example).toList()))
        .toList();
  }

  private static List<ReportData.ThemeSummary> themes(List<Theme> themes, List<CodedStatement> statements) {
    Map<String, CodedStatement> byId = statements.stream()
        .collect(Collectors.toMap(CodedStatement::statementId, Function.identity(), (a, b) -> a));
    return themes.stream().map(t -> new ReportData.ThemeSummary(t.id(), t.labelTerms(), t.members().size(),
        t.members().stream().map(byId::get).filter(Objects::nonNull)
            .filter(distinctBy(s -> SameText.key(s.text()))).limit(EXAMPLES_PER_THEME)
            .map(ReportAssembler::example).toList())).toList();
  }

  private static ReportData.DocumentSummary document(DocumentResult result) {
    Document d = result.document();
    return new ReportData.DocumentSummary(d.source().source(), d.title(), d.organisation(),
        Objects.toString(d.date(), ""), d.statements().size(), result.status().name());
  }

  private static ReportData.Example example(CodedStatement s) {
    return new ReportData.Example(s.text(), s.source(), s.section(), s.location(), Objects.toString(s.date(), ""),
        s.method(), s.score(), s.speaker(), s.kind().label());
  }

  /** A filter that lets the first element of each key through (for one stream). */
  private static <T> Predicate<T> distinctBy(Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    return element -> seen.add(key.apply(element));
  }

  private static Map<String, Long> byCode(List<ThemeFrequencies.Row> rows, String group) {
    return rows.stream().filter(r -> r.group().equals(group))
        .collect(Collectors.toMap(ThemeFrequencies.Row::code, ThemeFrequencies.Row::statements));
  }

}
