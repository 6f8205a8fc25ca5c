package se.samsyn.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the small line-based markup the sample material is written in.
 *
 * <pre>
 * % a comment line
 * title: Document title        (header: "key: value" lines at the top, up to the first blank line)
 * date: 2024-03-12
 *
 * # Heading level 1            ("##", "###" … for deeper levels)
 * * a bullet
 * &#64; Slide title               (the following lines, up to a blank line, are the slide's lines)
 * any other line is a paragraph
 * a line ending in " \" continues on the next line after a line break
 * </pre>
 *
 * Tables use the same header (with {@code columns: a | b | c}) and one {@code |}-separated row per line.
 */
public final class SampleText {

    private static final String CONTINUATION = " \\";
    private static final Set<String> HEADER_KEYS = Set.of("title", "date", "columns");

    private SampleText() {
    }

    /** Loads a file of the sample material from the classpath folder {@code se/samsyn/corpus/sample/}. */
    public static String resource(String name) {
        try (InputStream in = SampleText.class.getResourceAsStream("sample/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SampleDocument document(String text) {
        List<String> lines = logicalLines(text);
        Map<String, String> header = header(lines);
        SampleDocument.Builder doc = SampleDocument.builder(required(header, "title"));
        if (header.containsKey("date")) {
            doc.date(LocalDate.parse(header.get("date")));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("@ ")) {
                List<String> body = new ArrayList<>();
                while (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                    body.add(stripPrefix(lines.get(++i), "* "));
                }
                doc.slide(line.substring(2).strip(), body);
            } else if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                if (level < 1 || !line.substring(0, level).chars().allMatch(c -> c == '#')) {
                    throw new IllegalArgumentException("bad heading: " + line);
                }
                doc.heading(level, line.substring(level + 1).strip());
            } else if (line.startsWith("* ")) {
                doc.bullet(line.substring(2).strip());
            } else {
                doc.paragraph(line.strip());
            }
        }
        return doc.build();
    }

    public static SurveyTable table(String text) {
        List<String> lines = logicalLines(text);
        Map<String, String> header = header(lines);
        List<String> columns = cells(required(header, "columns"));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                rows.add(cells(line));
            }
        }
        return new SurveyTable(required(header, "title"), columns, rows);
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
    }

    /** Drops comments, joins continued lines; header lines stay in front. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder pending = null;
        for (String raw : text.split("\r?\n", -1)) {
            if (pending == null && raw.startsWith("%")) {
                continue;
            }
            String part = raw.endsWith(CONTINUATION) ? raw.substring(0, raw.length() - CONTINUATION.length()) : raw;
            pending = pending == null ? new StringBuilder(part) : pending.append('\n').append(part);
            if (!raw.endsWith(CONTINUATION)) {
                lines.add(pending.toString());
                pending = null;
            }
        }
        if (pending != null) {
            lines.add(pending.toString());
        }
        return lines;
    }

    /** Removes the "key: value" lines at the top (up to the first blank line) and returns them. */
    private static Map<String, String> header(List<String> lines) {
        Map<String, String> header = new LinkedHashMap<>();
        while (!lines.isEmpty() && !lines.getFirst().isBlank()) {
            String line = lines.removeFirst();
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("header line without 'key:': " + line);
            }
            String key = line.substring(0, colon).strip();
            if (!HEADER_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown header '" + key + "', expected one of " + HEADER_KEYS);
            }
            header.put(key, line.substring(colon + 1).strip());
        }
        return header;
    }

    private static String required(Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("sample text has no '" + key + ":' header");
        }
        return value;
    }

    private static String stripPrefix(String line, String prefix) {
        String s = line.strip();
        return s.startsWith(prefix) ? s.substring(prefix.length()).strip() : s;
    }
}
