package se.samsyn.models.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders the held-out evaluation table and writes it into {@code models/README.md} between
 * {@link #START} and {@link #END}, so that the table always shows what the last training run measured.
 */
public final class ReadmeTable {

  public static final String START = "<!-- evaluation-table:start (written by models/train; do not edit) -->";
  public static final String END = "<!-- evaluation-table:end -->";

  private ReadmeTable() {
  }

  /** The Markdown table for {@code scores} measured on {@code heldOut}. */
  public static String render(UdFile heldOut, Scores scores) {
    return String.format(Locale.ROOT, """
        Model version `%s`, held out: `%s` (%,d sentences, %,d words).

        | Measure | Held-out score | Target |
        |---|---|---|
        | Sentence F1 (documents keep line breaks at paragraphs and headings) | %.4f | ≥ 0.92 |
        | Sentence F1 (the same documents hard-wrapped: a line break at about 1 space in 9) | %.4f | – |
        | Sentence F1 (all sentences joined by spaces, OpenNLP's `ConlluSentenceSampleStream`) | %.4f | – |
        | Token F1 | %.4f | ≥ 0.99 |
        | POS accuracy (UPOS) | %.4f | ≥ 0.93 |
        | Lemma accuracy (given predicted UPOS, case-insensitive) | %.4f | ≥ 0.95 |
        | Lemma accuracy (given gold UPOS, case-insensitive) | %.4f | – |
        """,
        ModelManifest.MODEL_VERSION, heldOut.fileName(), heldOut.sentences().size(),
        heldOut.wordCount(), scores.sentenceF1(), scores.sentenceF1HardWrapped(), scores.sentenceF1SpaceJoined(), scores.tokenF1(),
        scores.posAccuracy(), scores.lemmaAccuracy(), scores.lemmaAccuracyGoldPos());
  }

  /** Replaces the text between the markers in {@code readme} with {@code table}. */
  public static void update(Path readme, String table) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IOException(readme + " lacks the evaluation table markers " + START + " … " + END);
    }
    String updated = text.substring(0, start + START.length()) + "\n" + table + text.substring(end);
    Files.writeString(readme, updated, StandardCharsets.UTF_8);
  }
}
