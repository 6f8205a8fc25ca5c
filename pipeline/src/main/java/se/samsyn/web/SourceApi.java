package se.samsyn.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import se.samsyn.core.CodedStatement;

/**
 * {@code GET /api/documents/{id}/source}: the source file of a document of the index, looked up by
 * its id (see {@link SourceFiles}). PDFs and plain text open in the browser (a PDF link may add
 * {@code #page=N}); every other format is downloaded, so no source file runs as a page of this site.
 */
final class SourceApi {
  /** Policy for sources shown in the browser: no scripts, no requests, an origin of their own. */
  private static final String SOURCE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

  private final LiveIndex index;
  private final SourceFiles files;

  SourceApi(LiveIndex index, SourceFiles files) {
    this.index = index;
    this.files = files;
  }

  void source(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    CodedStatement statement;
    try (LiveIndex.Lease lease = index.acquire()) {
      statement = lease.index().anyOfDocument(id).orElse(null);
    }
    if (statement == null) {
      notFound(ctx, "no document with id '" + id + "'");
      return;
    }
    SourceFiles.Source source;
    try {
      source = files.find(statement.documentId(), statement.source());
    } catch (SourceFiles.Missing e) {
      notFound(ctx, e.getMessage());
      return;
    }
    boolean pdf = source.contentType().startsWith("application/pdf");
    boolean inline = pdf || source.contentType().startsWith("text/plain");
    ctx.header("Content-Disposition", (inline ? "inline" : "attachment") + "; " + fileName(source.name()));
    if (!pdf) {
      // the PDF viewer does not run in a sandboxed document; the others need nothing sandboxing forbids
      ctx.header("Content-Security-Policy", SOURCE_POLICY);
    }
    ctx.writeSeekableStream(Files.newInputStream(source.path()), source.contentType(), Files.size(source.path()));
  }

  /** A {@code filename} parameter (ASCII stand-in) and a {@code filename*} one (UTF-8), RFC 6266. */
  static String fileName(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  private static void notFound(Context ctx, String message) {
    ctx.status(404);
    SearchApi.json(ctx, SearchApi.message(message));
  }
}
