package se.samsyn.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import se.samsyn.core.AtomicFiles;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.Json;
import se.samsyn.core.Method;
import se.samsyn.core.Version;
import se.samsyn.group.Grouper;
import se.samsyn.group.Grouping;
import se.samsyn.group.GroupingSettings;
import se.samsyn.index.Indexer;
import se.samsyn.models.Codebook;
import se.samsyn.models.SwedishModels;
import se.samsyn.run.RunFolder;

/**
 * {@code run.json}: what ran (version, settings, codebook, models, libraries, the grouping's seed),
 * what came out of each stage and how long each took, and every input (path, checksum, status).
 * Only {@code finished} and {@code timings} differ between two runs over the same inputs.
 */
final class RunManifest {
  private RunManifest() {}

  /** Writes {@code run.json} into {@code folder}. */
  static void write(Path folder, RunSettings settings, RunResult run, Grouping grouping, Grouper grouper,
      Indexer.IndexUpdate index) throws IOException {
    ObjectNode manifest = Json.MAPPER.createObjectNode();
    manifest.put("tool", "samsyn");
    manifest.put("version", Version.current());
    manifest.put("finished", Instant.now().toString());
    settings(manifest.putObject("settings"), settings, grouper);
    codebook(manifest.putObject("codebook"), grouper.codebook());
    components(manifest);
    counts(manifest.putObject("counts"), run, grouping, index);
    ObjectNode timings = manifest.putObject("timings");
    timings.put("total_ms", run.elapsed().toMillis());
    ObjectNode stages = timings.putObject("stages_ms");
    run.stages().forEach((stage, time) -> stages.put(stage, time.toMillis()));
    inputs(manifest.putArray("inputs"), run);
    AtomicFiles.write(folder.resolve(RunFolder.MANIFEST), writer ->
        Json.INDENTED.writeValue(writer, manifest));
  }

  private static void settings(ObjectNode config, RunSettings settings, Grouper grouper) {
    ArrayNode inputs = config.putArray("inputs");
    settings.inputs().forEach(p -> inputs.add(InputScanner.displayName(p)));
    config.put(RunFolder.WORKING_DIRECTORY, Path.of("").toAbsolutePath().toString());
    config.put("threads", settings.threads());
    config.put("file_timeout_seconds", settings.fileTimeout().toSeconds());
    config.put("max_file_bytes", settings.maxFileBytes());
    config.put("worker_heap", settings.workerHeap());
    config.put("max_characters", settings.maxCharacters());
    config.put("max_statement_characters", settings.maxStatementCharacters());
    ArrayNode textColumns = config.putArray("text_columns");
    settings.segmentation().textColumns().forEach(textColumns::add);
    config.put("max_statement_words", settings.segmentation().maxStatementWords());
    config.put("excel", settings.excel());
    config.put("language", settings.language().code());
    settings.excludes().forEach(config.putArray("exclude")::add);
    GroupingSettings grouping = grouper.settings();
    ObjectNode group = config.putObject("grouping");
    group.put("seed", grouping.seed());
    group.put("classifier", grouper.classifierName());
    group.put("rescale_temperature", grouper.calibration().temperature());
    group.put("min_confidence", grouper.calibration().minConfidence());
    group.put("codebook_weight", grouping.codebookWeight());
    group.put("second_label_ratio", grouping.secondLabelRatio());
    group.put("evidence_terms", grouping.evidenceTerms());
    group.put("max_themes", grouping.maxThemes());
    group.put("min_theme_size", grouping.minThemeSize());
  }

  private static void codebook(ObjectNode node, Codebook codebook) {
    node.put("id", codebook.id());
    node.put("version", codebook.version());
    node.put("checksum", codebook.checksum());
    node.put("principles", codebook.principles().size());
  }

  /** The trained models and lexicons, and the libraries whose behaviour shapes the results. */
  private static void components(ObjectNode manifest) {
    ObjectNode models = manifest.putObject("models");
    ObjectNode swedish = models.putObject("swedish_opennlp");
    swedish.put("version", SwedishModels.version());
    ObjectNode files = swedish.putObject("sha256");
    SwedishModels.checksums().forEach(files::put);
    models.put("language_detection", artifact("org.apache.opennlp", "opennlp-models-langdetect"));
    models.put("lexicons", artifact("org.languagetool", "language-sv"));
    ObjectNode libraries = manifest.putObject("libraries");
    libraries.put("tika", artifact("org.apache.tika", "tika-core"));
    libraries.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
    libraries.put("opennlp", artifact("org.apache.opennlp", "opennlp-tools"));
  }

  /** {@code group:artifact:version} from the jar's Maven metadata ({@code unknown} version when absent). */
  private static String artifact(String group, String artifact) {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    Properties properties = new Properties();
    try (InputStream in = RunManifest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // reported as unknown below
    }
    return group + ":" + artifact + ":" + properties.getProperty("version", "unknown");
  }

  private static void inputs(ArrayNode inputs, RunResult run) {
    for (DocumentResult result : run.results()) {
      ObjectNode input = inputs.addObject();
      input.put("source", result.source().source());
      input.put("document_id", result.document().id());
      input.put("sha256", result.source().sha256());
      input.put("bytes", result.source().size());
      input.put("format", result.document().format());
      input.put("status", result.status().name());
      input.put("error", result.error());
      input.put("statements", result.document().statements().size());
    }
  }

  /** Counts in stage order: files, extraction, statements, grouping, index. */
  private static void counts(ObjectNode counts, RunResult run, Grouping grouping, Indexer.IndexUpdate index) {
    counts.put("files", run.results().size());
    counts.put("new", run.added());
    counts.put("changed", run.changed());
    counts.put("unchanged", run.unchanged());
    counts.put("removed", run.removed());
    ObjectNode byStatus = counts.putObject("by_status");
    for (ExtractionStatus status : ExtractionStatus.values()) {
      byStatus.put(status.name(), run.results().stream().filter(r -> r.status() == status).count());
    }
    counts.put("statements", run.statementCount());
    ObjectNode assigned = counts.putObject("assigned");
    for (Method method : Method.values()) {
      assigned.put(method.label(), grouping.statements().stream()
          .filter(g -> !g.assignments().isEmpty() && g.method() == method).count());
    }
    counts.put("codings_not_applied", run.codings().notApplied().size());
    counts.put("other", grouping.statements().stream().filter(g -> g.assignments().isEmpty()).count());
    counts.put("in_themes", grouping.statements().stream().filter(g -> !g.theme().isEmpty()).count());
    counts.put("themes", grouping.themes().size());
    ObjectNode indexed = counts.putObject("indexed");
    indexed.put("statements", index.statements());
    indexed.put("documents_added", index.added());
    indexed.put("documents_replaced", index.replaced());
    indexed.put("documents_removed", index.removed());
    indexed.put("documents_unchanged", index.unchanged());
  }
}
