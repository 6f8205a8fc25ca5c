package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import opennlp.tools.postag.POSModel;
import se.samsyn.models.SwedishModels.Kind;

class SwedishModelsTest {

  @Test
  void versionComesFromTheManifest() {
    assertEquals("sv-ud-1", SwedishModels.version());
  }

  @Test
  void resourcePathsNameTheModelFiles() {
    assertEquals("se/samsyn/models/sv/sv-sent.bin", SwedishModels.resourcePath(Kind.SENTENCE));
    assertEquals("se/samsyn/models/sv/sv-token.bin", SwedishModels.resourcePath(Kind.TOKENIZER));
    assertEquals("se/samsyn/models/sv/sv-pos.bin", SwedishModels.resourcePath(Kind.POS));
    assertEquals("se/samsyn/models/sv/sv-lemma.bin", SwedishModels.resourcePath(Kind.LEMMATIZER));
  }

  @Test
  void modelsAreSwedishAndLoadedOnce() {
    assertEquals("sv", SwedishModels.sentenceModel().getLanguage());
    assertEquals("sv", SwedishModels.tokenizerModel().getLanguage());
    assertEquals("sv", SwedishModels.posModel().getLanguage());
    assertEquals("sv", SwedishModels.lemmatizerModel().getLanguage());
    assertSame(SwedishModels.tokenizerModel(), SwedishModels.tokenizerModel());
  }

  @Test
  void concurrentFirstUseSharesOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<POSModel>> loads = IntStream.range(0, 16)
          .mapToObj(i -> pool.submit(SwedishModels::posModel))
          .toList();
      POSModel first = loads.getFirst().get();
      for (Future<POSModel> load : loads) {
        assertSame(first, load.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void manifestRecordsTheShippedModelBytes(Kind kind) throws Exception {
    JsonNode manifest = readManifest();
    String recorded = manifest.path("models").path(kind.fileName()).path("sha256").asText();
    assertEquals(sha256(SwedishModels.resourcePath(kind)), recorded,
        kind.fileName() + " differs from the model manifest.json describes; re-run models/train");
  }

  @Test
  void checksumsNameEveryModelFileWithTheShippedBytesHash() throws Exception {
    assertEquals(List.of("sv-sent.bin", "sv-token.bin", "sv-pos.bin", "sv-lemma.bin"),
        List.copyOf(SwedishModels.checksums().keySet()));
    for (Kind kind : Kind.values()) {
      assertEquals(sha256(SwedishModels.resourcePath(kind)), SwedishModels.checksums().get(kind.fileName()));
    }
  }

  @Test
  void manifestRecordsDataParametersAndScores() throws Exception {
    JsonNode manifest = readManifest();
    JsonNode heldOut = manifest.path("data").path("heldOut");
    assertEquals("sv_talbanken-ud-test.conllu", heldOut.path("file").asText());
    assertEquals(64, heldOut.path("sha256").asText().length());
    assertTrue(manifest.path("data").path("training").size() >= 1);
    manifest.path("data").path("training").forEach(file -> {
      assertEquals(64, file.path("sha256").asText().length());
      assertEquals("CC BY-SA 4.0", file.path("license").asText(), file.path("file").asText());
    });
    assertNotNull(manifest.path("opennlpVersion").asText(null));
    assertTrue(manifest.path("heldOutScores").path("tokenF1").asDouble() >= 0.99);
    assertTrue(manifest.path("heldOutScores").path("sentenceF1").asDouble() >= 0.92);
  }

  private static JsonNode readManifest() throws IOException {
    try (InputStream in = open(SwedishModels.RESOURCE_FOLDER + "manifest.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
    try (InputStream in = open(resource)) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return HexFormat.of().formatHex(digest);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = SwedishModelsTest.class.getClassLoader().getResourceAsStream(resource);
    assertNotNull(in, resource);
    return in;
  }
}
