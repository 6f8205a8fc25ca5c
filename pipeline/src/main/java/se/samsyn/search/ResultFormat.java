package se.samsyn.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.CsvTable;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.Json;
import se.samsyn.run.StatementTable;

/** How {@code samsyn search} prints a result. */
public enum ResultFormat {
  /** For reading in a terminal: matches marked «like this». */
  TEXT {
    @Override
    public void write(SearchResult result, Writer writer) {
      PrintWriter out = new PrintWriter(writer);
      out.printf(Locale.ROOT, "%s: %d statement%s%s%n", result.query(), result.total(),
          result.total() == 1 ? "" : "s",
          result.hits().size() < result.total() ? " (best " + result.hits().size() + " shown)" : "");
      if (!result.didYouMean().isEmpty()) {
        out.printf(Locale.ROOT, "Did you mean: %s%n", result.didYouMean());
      }
      int rank = 0;
      for (Hit hit : result.hits()) {
        CodedStatement s = hit.statement();
        out.printf(Locale.ROOT, "%n%2d. %s%n", ++rank, joined(" · ", s.source(), s.location(), s.section()));
        out.printf(Locale.ROOT, "    %s%n", hit.marked("«", "»"));
        out.printf(Locale.ROOT, "    %s%n", joined(" · ", s.title(), Objects.toString(s.date(), ""),
            s.kind().label(), s.speaker().isEmpty() ? "" : "speaker: " + s.speaker(),
            s.principles().isEmpty() ? "" : "principles: " + String.join(", ", s.principles()),
            String.format(Locale.ROOT, "score %.3f", hit.score())));
      }
      for (var facet : result.facets().entrySet()) {
        if (!facet.getValue().isEmpty()) {
          out.printf(Locale.ROOT, "%n%s: %s", facet.getKey(), facet.getValue().entrySet().stream()
              .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
        }
      }
      out.println();
      out.flush();
    }
  },

  /** The documented JSON shape; {@code highlight} is HTML-escaped text with {@code <mark>} around matches. */
  JSON {
    @Override
    public void write(SearchResult result, Writer writer) throws IOException {
      ObjectNode root = json(result);
      Json.INDENTED.writeValue(writer, root);
      writer.write(System.lineSeparator());
      writer.flush();
    }
  },

  /** One row per hit, in the layout of {@code statements.csv} with the hit's score at the end; no facets. */
  CSV {
    @Override
    public void write(SearchResult result, Writer writer) throws IOException {
      csv(result, writer, Dialect.RFC4180);
    }
  };

  /**
   * Columns of the CSV format: those of {@code statements.csv} ({@link StatementTable}), then the hit's
   * relevance, {@code search_score} (the JSON's {@code score}).
   */
  public static final List<String> CSV_COLUMNS = Stream.concat(StatementTable.COLUMNS.stream(),
      Stream.of("search_score")).toList();

  public abstract void write(SearchResult result, Writer writer) throws IOException;

  /** The {@link #CSV} format in a CSV dialect ({@code --excel}: for Swedish Excel). */
  public static void csv(SearchResult result, Writer writer, Dialect dialect) throws IOException {
    CsvTable.write(writer, dialect, CSV_COLUMNS, table -> {
      for (Hit hit : result.hits()) {
        List<Object> row = new ArrayList<>(StatementTable.row(hit.statement()));
        row.add(CsvTable.decimal(hit.score(), 4));
        table.row(row.toArray());
      }
    });
    writer.flush();
  }

  /** The documented JSON shape of a result, as a tree (the web API adds paging to it). */
  public static ObjectNode json(SearchResult result) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("query", result.query());
    root.put("total", result.total());
    if (!result.didYouMean().isEmpty()) {
      root.put("did_you_mean", result.didYouMean());
    }
    ObjectNode facets = root.putObject("facets");
    result.facets().forEach((dimension, counts) -> {
      ObjectNode values = facets.putObject(dimension);
      counts.forEach(values::put);
    });
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : result.hits()) {
      ObjectNode node = statement(hit.statement());
      node.put("highlight", html(hit));
      ArrayNode principles = node.putArray("principles");
      hit.statement().principles().forEach(principles::add);
      node.put("score", hit.score());
      hits.add(node);
    }
    return root;
  }

  /** The fields every JSON view of a statement starts with, from statement_id to text. */
  public static ObjectNode statement(CodedStatement s) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("statement_id", s.statementId());
    node.put("document_id", s.documentId());
    node.put("source", s.source());
    node.put("title", s.title());
    node.put("section", s.section());
    node.put("location", s.location());
    node.put("speaker", s.speaker());
    node.put("kind", s.kind().label());
    node.put("date", s.date() == null ? null : s.date().toString());
    node.put("text", s.text());
    return node;
  }

  private static String joined(String separator, String... parts) {
    return Arrays.stream(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(separator));
  }

  /** The statement text, HTML-escaped, with matches in {@code <mark>}. */
  static String html(Hit hit) {
    String text = hit.statement().text();
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Hit.Span span : hit.matches()) {
      out.append(escape(text.substring(at, span.start()))).append("<mark>")
          .append(escape(text.substring(span.start(), span.end()))).append("</mark>");
      at = span.end();
    }
    return out.append(escape(text.substring(at))).toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
