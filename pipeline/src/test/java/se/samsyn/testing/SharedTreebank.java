package se.samsyn.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.formats.conllu.ConlluSentence;
import se.samsyn.models.train.UdFile;
import se.samsyn.models.train.UdSplit;

/**
 * The held-out Swedish treebank file in ../shared/ud-sv beside the repository (read-only). CI checks the
 * repository out with ../shared beside it, so a test that reads it fails when it is missing rather than
 * passing without checking anything.
 */
public final class SharedTreebank {
  private SharedTreebank() {}

  /** The text of each sentence of the held-out file (over a thousand). */
  public static List<String> heldOutSentences() {
    Path heldOut = Path.of("").toAbsolutePath().getParent().resolveSibling("shared")
        .resolve("ud-sv").resolve(UdSplit.HELD_OUT_FILE);
    assertTrue(Files.isRegularFile(heldOut), "../shared/ud-sv is not beside the repository: " + heldOut);
    try {
      List<String> sentences = UdFile.read(heldOut).sentences().stream().map(ConlluSentence::getTextComment).toList();
      assertTrue(sentences.size() > 1_000, heldOut + " has " + sentences.size() + " sentence texts");
      return sentences;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
