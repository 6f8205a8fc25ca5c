package se.samsyn.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import se.samsyn.core.Extraction;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.Json;
import se.samsyn.core.SourceFile;

/**
 * Entry point of an extraction child process started by {@link IsolatedExtractor}: reads one
 * JSON {@link SourceFile} per line on stdin and answers each with one JSON {@link Extraction} line
 * on stdout. Anything a parser prints goes to stderr, so stdout carries only answers.
 */
public final class ExtractionWorker {
  private ExtractionWorker() {}

  /** A parser bug costs this file; the worker stays alive for the next one. */
  private static Extraction extractSafely(TikaExtractor extractor, SourceFile file) {
    try {
      return extractor.extract(file);
    } catch (RuntimeException e) {
      return Extraction.failed(file, ExtractionStatus.FAILED, "", TikaExtractor.describe(e));
    }
  }

  public static void main(String[] args) throws IOException {
    int maxCharacters = Integer.parseInt(args[0]);
    PrintStream answers = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    TikaExtractor extractor = new TikaExtractor(maxCharacters);
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = requests.readLine(); line != null; line = requests.readLine()) {
      SourceFile file = Json.MAPPER.readValue(line, SourceFile.class);
      answers.println(Json.MAPPER.writeValueAsString(extractSafely(extractor, file)));
      answers.flush();
    }
  }
}
