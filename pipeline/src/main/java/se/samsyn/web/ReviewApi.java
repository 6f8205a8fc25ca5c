package se.samsyn.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.Json;
import se.samsyn.core.Method;
import se.samsyn.models.Codebook;
import se.samsyn.review.Coding;
import se.samsyn.review.CodingsFile;
import se.samsyn.review.ReviewQueue;
import se.samsyn.run.RunFolder;

/**
 * The review ("Granska") API: the run's review queue with each statement's suggestion and coding,
 * and the one write of the server, a coding appended to {@code OUT/review/codings.csv}.
 */
final class ReviewApi {
  private final LiveIndex index;
  private final Path runFolder;
  private final CodingsFile codings;
  private final Codebook codebook;
  private final WriteGuard guard;

  /** @param run the output folder of the run whose index is served */
  ReviewApi(LiveIndex index, RunFolder run, Codebook codebook, WriteGuard guard) {
    this.index = index;
    this.runFolder = run.root();
    this.codings = CodingsFile.of(run.root());
    this.codebook = codebook;
    this.guard = guard;
  }

  /** GET /api/review/queue?principle=&document=&method=: the queue, most uncertain first, and progress. */
  void queue(Context ctx) throws IOException {
    String principle = ctx.queryParam("principle");
    String document = ctx.queryParam("document");
    String method = ctx.queryParam("method");
    Map<String, Coding> coded = new HashMap<>();
    codings.read().codings().forEach(c -> coded.put(c.statementId(), c));
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode items = Json.MAPPER.createArrayNode();
    int reviewed = 0;
    int changed = 0;
    try (LiveIndex.Lease lease = index.acquire()) {
      for (ReviewQueue.Entry entry : ReviewQueue.read(runFolder).values()) {
        CodedStatement s = lease.index().statement(entry.statementId()).orElse(null);
        if (s == null || !matches(s, entry, principle, document, method)) {
          continue;
        }
        ObjectNode item = StatementJson.of(s);
        item.put("margin", entry.margin());
        item.put("evidence", s.evidenceText());
        Coding coding = coded.get(s.statementId());
        if (coding != null) {
          reviewed++;
          changed += changesModel(s, coding) ? 1 : 0;
          item.set("coding", codingJson(coding));
        }
        items.add(item);
      }
    }
    root.put("total", items.size());
    root.put("reviewed", reviewed);
    root.put("changed", changed);
    root.put("token_required", guard.needsToken());
    root.put("queue_written", Files.isRegularFile(ReviewQueue.file(runFolder)));
    ArrayNode principles = root.putArray("codebook");
    codebook.principles().forEach(p -> principles.addObject().put("id", p.id()).put("sv", p.nameSv()).put("en", p.nameEn()));
    root.set("items", items);
    SearchApi.json(ctx, root);
  }

  /** POST /api/review/codings {"statement_id", "principles": [ids] or [] for other, "reviewer"}. */
  void code(Context ctx) throws IOException {
    guard.check(ctx);
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      throw new BadRequest("the body is not JSON: " + e.getMessage());
    }
    String id = body.path("statement_id").asText("");
    List<String> principles = new ArrayList<>();
    body.path("principles").forEach(p -> principles.add(p.asText()));
    principles.remove(Coding.OTHER);
    for (String principle : principles) {
      if (codebook.principle(principle).isEmpty()) {
        throw new BadRequest("'" + principle + "' is no principle of the codebook");
      }
    }
    String reviewer = body.path("reviewer").asText("").strip();
    if (!Coding.validReviewer(reviewer)) {
      throw new BadRequest("a reviewer name holds letters, digits, space and . _ @ - (at most 60)");
    }
    CodedStatement statement;
    try (LiveIndex.Lease lease = index.acquire()) {
      statement = lease.index().statement(id).orElseThrow(() -> new BadRequest("no statement with id '" + id + "'"));
    }
    Coding coding = new Coding(id, principles.stream().distinct().toList(), reviewer,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), Coding.sha256(statement.text()));
    codings.append(coding);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("saved", true);
    root.set("coding", codingJson(coding));
    SearchApi.json(ctx, root);
  }

  private static boolean matches(CodedStatement s, ReviewQueue.Entry entry, String principle, String document,
      String method) {
    boolean principleOk = principle == null || principle.isEmpty()
        || (principle.equals(Coding.OTHER) ? s.principles().isEmpty() : s.principles().contains(principle));
    boolean documentOk = document == null || document.isEmpty() || s.documentId().equals(document)
        || s.source().equals(document);
    boolean methodOk = method == null || method.isEmpty() || entry.method().equals(method);
    return principleOk && documentOk && methodOk;
  }

  /** Whether a coding says otherwise than the model's answer the index holds (a human answer is the coding's own). */
  private static boolean changesModel(CodedStatement s, Coding coding) {
    return !s.method().equals(Method.HUMAN.label()) && !Set.copyOf(s.principles()).equals(Set.copyOf(coding.principles()));
  }

  private static ObjectNode codingJson(Coding coding) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("statement_id", coding.statementId());
    ArrayNode principles = node.putArray("principles");
    coding.principles().forEach(principles::add);
    node.put("reviewer", coding.reviewer());
    node.put("coded_at", coding.codedAt());
    return node;
  }
}
