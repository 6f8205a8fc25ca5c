package se.samsyn.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.formats.conllu.ConlluWordLine;

class UdFileTest {

  private static final String CONLLU = """
      # newdoc id = d1
      # sent_id = 1
      # text = Vi ses.
      1	Vi	vi	PRON	_	_	2	nsubj	_	_
      2	ses	se	VERB	_	_	0	root	_	SpaceAfter=No
      2.1	ses	se	VERB	_	_	_	_	2:conj	_
      3	.	.	PUNCT	_	_	2	punct	_	_

      """;

  @Test
  void readsSentencesWithoutEmptyNodesAndHashesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sv_talbanken-ud-dev.conllu");
    Files.writeString(file, CONLLU, StandardCharsets.UTF_8);

    UdFile ud = UdFile.read(file);

    assertEquals(1, ud.sentences().size());
    assertEquals(List.of("Vi", "ses", "."),
        ud.sentences().getFirst().getWordLines().stream().map(ConlluWordLine::getForm).toList());
    assertEquals(3, ud.wordCount());
    assertEquals(64, ud.sha256().length());
    assertEquals("Vi ses.", AnnotatedSentence.of(ud.sentences().getFirst()).text());
  }

  @Test
  void missingTreebankFileIsAClearError(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> UdSplit.read(dir));
    assertTrue(e.getMessage().contains("missing treebank file"), e.getMessage());
  }

  @Test
  void licencesFollowTheTreebankLicenseFiles() {
    assertEquals("CC BY-SA 4.0", Treebank.ofFile("sv_talbanken-ud-test.conllu").license());
    assertEquals("CC BY-SA 4.0", Treebank.ofFile("sv_pud-ud-test.conllu").license());
    assertEquals("CC BY-NC-SA 4.0", Treebank.ofFile("sv_lines-ud-dev.conllu").license());
  }
}
