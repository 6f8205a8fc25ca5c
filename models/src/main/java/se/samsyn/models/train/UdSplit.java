package se.samsyn.models.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.formats.conllu.ConlluSentence;

/**
 * The fixed train / held-out split of the Swedish UD treebanks.
 *
 * <p>The whole of {@code sv_talbanken-ud-test} (professional prose, the genre closest to
 * consultation material) is held out, so no held-out document leaks into training; the models are
 * trained on {@code sv_talbanken-ud-dev} and {@code sv_pud-ud-test}. The files are named explicitly
 * so that a stray file in the folder can never change what the models are trained on.
 *
 * <p>UD_Swedish-LinES is not used: its LICENSE file grants CC BY-NC-SA 4.0 (non-commercial), which
 * the shipped models could not honour together with the ShareAlike terms of the CC BY-SA 4.0
 * treebanks. Adding its two files here would raise held-out UPOS accuracy by about 0.7 points
 * (see models/README.md); {@link Treebank} records its licence for that case.
 *
 * @param training the training files, in the order listed in {@link #TRAINING_FILES}
 * @param heldOut  the held-out file
 */
public record UdSplit(List<UdFile> training, UdFile heldOut) {

  public static final List<String> TRAINING_FILES = List.of(
      "sv_talbanken-ud-dev.conllu",
      "sv_pud-ud-test.conllu");

  public static final String HELD_OUT_FILE = "sv_talbanken-ud-test.conllu";

  public UdSplit {
    training = List.copyOf(training);
  }

  /** Reads the split from a folder holding the treebank files. */
  public static UdSplit read(Path udFolder) throws IOException {
    List<UdFile> training = new ArrayList<>();
    for (String name : TRAINING_FILES) {
      training.add(UdFile.read(existing(udFolder, name)));
    }
    return new UdSplit(training, UdFile.read(existing(udFolder, HELD_OUT_FILE)));
  }

  /** All training sentences, file by file. */
  public List<ConlluSentence> trainingSentences() {
    return training.stream().flatMap(f -> f.sentences().stream()).toList();
  }

  private static Path existing(Path folder, String name) throws IOException {
    Path path = folder.resolve(name);
    if (!Files.isRegularFile(path)) {
      throw new IOException("missing treebank file " + path
          + " (expected the Swedish UD files " + TRAINING_FILES + " and " + HELD_OUT_FILE + ")");
    }
    return path;
  }
}
