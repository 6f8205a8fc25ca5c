package se.samsyn.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookTest {
  @TempDir
  Path folder;

  @Test
  void standardCodebookHasTheAgreedPrinciplesWithNamesAndDefinitions() {
    Codebook codebook = Codebook.standard();
    assertFalse(codebook.version().isBlank());
    assertEquals(List.of("independence", "dialogue", "quality", "long_term", "openness", "diversity",
        "innovation", "clarity", "democracy", "collaboration", "accessibility"),
        codebook.principles().stream().map(Codebook.Principle::id).toList());
    for (Codebook.Principle principle : codebook.principles()) {
      assertFalse(principle.definition().isBlank(), principle.id());
      assertFalse(principle.seedTerms().isEmpty(), principle.id());
    }
    Codebook.Principle independence = codebook.principle("independence").orElseThrow();
    assertTrue(independence.names().contains("Integritet och oberoende"));
    assertTrue(codebook.principle("openness").orElseThrow().names().contains("Transparens"));
    assertTrue(independence.names().contains("Självständighet & oberoende"));
    assertTrue(codebook.principle("openness").orElseThrow().names().contains("Öppenhet och insyn"));
    assertTrue(codebook.principle("innovation").orElseThrow().names().containsAll(List.of("Förnyelse", "Nytänkande")));
    assertFalse(independence.definitionSv().isBlank());
  }

  @Test
  void principleIdAcceptsIdsNamesAndAliasesInAnyCase() {
    Codebook codebook = Codebook.standard();
    assertEquals("independence", codebook.principleId("independence").orElseThrow());
    assertEquals("independence", codebook.principleId(" SJÄLVSTÄNDIGHET & OBEROENDE ").orElseThrow());
    assertEquals("openness", codebook.principleId("transparens").orElseThrow());
    assertEquals("long_term", codebook.principleId("Long_Term").orElseThrow());
    assertTrue(codebook.principleId("tillit").isEmpty());
  }

  @Test
  void checksumIdentifiesTheContentNotTheFormatting() throws IOException {
    Path compact = Files.writeString(folder.resolve("a.json"),
        "{\"id\":\"k\",\"version\":\"1\",\"principles\":[{\"id\":\"trust\",\"name_sv\":\"Tillit\",\"name_en\":\"Trust\"}]}");
    Path spaced = Files.writeString(folder.resolve("b.json"), """
        {"principles": [ {"name_en": "Trust", "id": "trust", "name_sv": "Tillit"} ],
         "version": "1", "id": "k"}
        """);
    Path changed = Files.writeString(folder.resolve("c.json"),
        "{\"id\":\"k\",\"version\":\"1\",\"principles\":[{\"id\":\"trust\",\"name_sv\":\"Förtroende\",\"name_en\":\"Trust\"}]}");
    assertEquals(Codebook.read(compact).checksum(), Codebook.read(spaced).checksum());
    assertFalse(Codebook.read(compact).checksum().equals(Codebook.read(changed).checksum()));
    assertEquals(64, Codebook.standard().checksum().length());
    assertTrue(Codebook.standard().label().startsWith("samsyn-principles@2#"));
  }

  @Test
  void userCodebookIsReadFromAFile() throws IOException {
    Path file = Files.writeString(folder.resolve("egen.json"), """
        {"version": "kommun-2", "principles": [
          {"id": "trust", "name_sv": "Tillit", "name_en": "Trust", "aliases": ["Förtroende"]}]}
        """);
    Codebook codebook = Codebook.read(file);
    assertEquals("kommun-2", codebook.version());
    assertEquals(List.of("Tillit", "Trust", "Förtroende"), codebook.principle("trust").orElseThrow().names());
  }

  @Test
  void invalidCodebooksAreRejectedWithTheReason() throws IOException {
    Path noVersion = Files.writeString(folder.resolve("a.json"), "{\"principles\": []}");
    assertTrue(assertThrows(IOException.class, () -> Codebook.read(noVersion)).getMessage().contains("version"));
    Path twice = Files.writeString(folder.resolve("b.json"), """
        {"version": "1", "principles": [{"id": "x", "name_sv": "X", "name_en": "X"},
          {"id": "x", "name_sv": "Y", "name_en": "Y"}]}""");
    assertTrue(assertThrows(IOException.class, () -> Codebook.read(twice)).getMessage().contains("twice"));
    Path empty = Files.writeString(folder.resolve("d.json"), "{\"version\": \"1\", \"principles\": []}");
    assertTrue(assertThrows(IOException.class, () -> Codebook.read(empty)).getMessage().contains("at least one principle"));
    Path broken = Files.writeString(folder.resolve("c.json"), "{\"version\": ");
    assertThrows(IOException.class, () -> Codebook.read(broken));
  }
}
