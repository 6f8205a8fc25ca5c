package se.samsyn.models.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluStream;
import opennlp.tools.formats.conllu.ConlluWordLine;
import opennlp.tools.util.MarkableFileInputStreamFactory;

/**
 * One CoNLL-U file of a Universal Dependencies treebank, read with OpenNLP's {@link ConlluStream}.
 *
 * <p>Empty nodes (ids such as {@code 11.1}, enhanced-dependency copies of a word that do not occur
 * in the text) are dropped: OpenNLP's token stream skips them, but its POS and lemma streams would
 * otherwise train on them as if they were extra words.
 *
 * @param path      the file
 * @param sha256    hex SHA-256 of the file's bytes, recorded in the model manifest
 * @param sentences the sentences in file order
 */
public record UdFile(Path path, String sha256, List<ConlluSentence> sentences) {

  public UdFile {
    sentences = List.copyOf(sentences);
  }

  /** Reads and hashes {@code path}. */
  public static UdFile read(Path path) throws IOException {
    List<ConlluSentence> sentences = new ArrayList<>();
    try (ConlluStream stream = new ConlluStream(new MarkableFileInputStreamFactory(path.toFile()))) {
      ConlluSentence sentence;
      while ((sentence = stream.read()) != null) {
        sentences.add(withoutEmptyNodes(sentence));
      }
    }
    return new UdFile(path, Sha256.of(path), sentences);
  }

  public String fileName() {
    return path.getFileName().toString();
  }

  /** Number of word lines (syntactic words) in the file. */
  public int wordCount() {
    return sentences.stream().mapToInt(s -> s.getWordLines().size()).sum();
  }

  private static ConlluSentence withoutEmptyNodes(ConlluSentence s) {
    List<ConlluWordLine> words = s.getWordLines().stream()
        .filter(w -> !w.getId().contains("."))
        .toList();
    return new ConlluSentence(new ArrayList<>(words), s.getSentenceIdComment(), s.getTextComment(),
        s.isNewDocument(), s.getDocumentId().orElse(null), s.isNewParagraph(),
        s.getParagraphId().orElse(null), s.getTextLang().orElse(null), s.getTranslit().orElse(null));
  }
}
