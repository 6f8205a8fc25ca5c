package se.samsyn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import se.samsyn.batch.OutputTables;
import se.samsyn.batch.StagedRuns;
import se.samsyn.core.Checksums;
import se.samsyn.index.CommittedRun;
import se.samsyn.index.LuceneIndexer;
import se.samsyn.index.StatementSchema;

/** What a run folder holds, read the way a user's tools would read it, and whether it is one run. */
final class RunFolderState {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Every written table, compared byte for byte between runs. */
  static final List<String> TABLES = List.of("documents.csv", "statements.csv", "errors.csv", "emerging_themes.csv",
      "themes.csv", "themes_by_document.csv");

  private RunFolderState() {}

  /**
   * Why the folder is not one run, read as a user's tools and samsyn's readers read it: the outputs
   * differ from the commit record of the run in place, the index commit a reader opens is another
   * run's, or the counts disagree; empty when it is one run.
   */
  static List<String> inconsistencies(Path out) throws IOException {
    List<String> problems = new ArrayList<>();
    Path recordFile = out.resolve(CommittedRun.POINTER).resolve(StagedRuns.COMMIT_RECORD);
    if (!Files.isRegularFile(recordFile)) {
      return List.of("no commit record");
    }
    JsonNode record = JSON.readTree(recordFile.toFile());
    JsonNode files = record.get("files");
    for (String name : StagedRuns.outputs()) {
      Path file = out.resolve(name);
      if (files.has(name) != Files.isRegularFile(file)) {
        problems.add(name + (files.has(name) ? " missing" : " left from another run"));
      } else if (files.has(name) && !files.get(name).asText().equals(Checksums.sha256(file))) {
        problems.add(name + " is not the recorded run's");
      }
    }
    String indexed;
    try (Directory directory = FSDirectory.open(out.resolve(LuceneIndexer.FOLDER));
        DirectoryReader reader = CommittedRun.open(directory, out.resolve(LuceneIndexer.FOLDER))) {
      indexed = reader.getIndexCommit().getUserData().get(CommittedRun.RUN_KEY);
    }
    if (!record.get("run").asText().equals(indexed)) {
      problems.add("the index holds run " + indexed + ", the tables run " + record.get("run").asText());
    }
    int rows = OutputTables.read(out.resolve("statements.csv")).size();
    if (rows != statementIds(out).size() || rows != manifest(out).at("/counts/statements").asInt()) {
      problems.add("statements.csv, the index and run.json count different statements");
    }
    return problems;
  }

  /** The statement ids in the index, at the commit a reader opens. */
  static TreeSet<String> statementIds(Path out) throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    try (Directory directory = FSDirectory.open(out.resolve(LuceneIndexer.FOLDER));
        DirectoryReader reader = CommittedRun.open(directory, out.resolve(LuceneIndexer.FOLDER))) {
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          ids.add(stored.document(doc).get(StatementSchema.STATEMENT_ID));
        }
      }
    }
    return ids;
  }

  /**
   * What must be equal between two runs over the same inputs: every table, run.json without times
   * and without the counts relative to the previous run, the report without its time, the index.
   */
  static Map<String, Object> content(Path out) throws IOException {
    Map<String, Object> content = new TreeMap<>();
    for (String table : TABLES) {
      Path file = out.resolve(table);
      content.put(table, Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(none)");
    }
    ObjectNode manifest = manifest(out);
    manifest.remove(List.of("finished", "timings"));
    ObjectNode counts = (ObjectNode) manifest.get("counts");
    counts.remove(List.of("new", "changed", "unchanged", "removed"));
    ((ObjectNode) counts.get("indexed")).remove(List.of("documents_added", "documents_replaced",
        "documents_removed", "documents_unchanged"));
    content.put("run.json", manifest);
    content.put("report.html", Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8)
        .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "TIME"));
    content.put("index", statementIds(out));
    return content;
  }

  /** Files a crashed writer left behind: temporary files and the folders of runs not in place. */
  static List<Path> leftovers(Path out) throws IOException {
    Path inPlace = out.resolve(CommittedRun.POINTER).toRealPath();
    List<Path> left = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(f -> f.getFileName().toString().endsWith(".tmp")).forEach(left::add);
    }
    try (Stream<Path> runs = Files.list(inPlace.getParent())) {
      runs.filter(run -> !run.equals(inPlace)).forEach(left::add);
    }
    return left;
  }

  /** Copies a run folder (to start several runs from the same previous run), links as links. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isSymbolicLink(file)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(file));
        } else if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static ObjectNode manifest(Path out) throws IOException {
    return (ObjectNode) JSON.readTree(out.resolve("run.json").toFile());
  }
}
