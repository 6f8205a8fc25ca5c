package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.batch.OutputTables;
import se.samsyn.models.Codebook;

/** {@code samsyn principles}: the codebook as a person, a spreadsheet or a script reads it. */
class PrinciplesCommandTest {
  private static final Codebook CODEBOOK = Codebook.standard();

  @Test
  void textListsEveryPrincipleWithItsSwedishNameAliasesAndSeedTermsUnderTheCodebookVersion() {
    CliRun run = CliRun.of("principles");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("codebook samsyn-principles, version " + CODEBOOK.version() + ": "
        + CODEBOOK.principles().size() + " principles"), run.out());
    for (Codebook.Principle p : CODEBOOK.principles()) {
      assertTrue(run.out().contains(p.id() + "  " + p.nameSv() + " (" + p.nameEn() + ")"), p.id());
    }
    assertTrue(run.out().contains("aliases: Självständighet & oberoende, Integritet och oberoende"), run.out());
    assertTrue(run.out().contains("seed terms: självständighet, självständig, oberoende"), run.out());
  }

  @Test
  void csvAndJsonCarryTheSameCodebook() throws IOException {
    List<Map<String, String>> rows = OutputTables.parse(CliRun.of("principles", "--format", "csv").out());
    assertEquals(CODEBOOK.principles().stream().map(Codebook.Principle::id).toList(),
        rows.stream().map(r -> r.get("id")).toList());
    Map<String, String> dialogue = rows.get(1);
    assertEquals("Dialog", dialogue.get("name_sv"));
    assertEquals(String.join(";", CODEBOOK.principle("dialogue").orElseThrow().aliases()), dialogue.get("aliases"));
    assertEquals(CODEBOOK.version(), dialogue.get("codebook_version"));
    JsonNode json = new ObjectMapper().readTree(CliRun.of("principles", "--format", "json").out());
    assertEquals("samsyn-principles", json.get("codebook").asText());
    assertEquals(CODEBOOK.principles().size(), json.get("principles").size());
    assertEquals(CODEBOOK.principles().getFirst().seedTerms().size(),
        json.get("principles").get(0).get("seed_terms").size());
  }

  @Test
  void anOwnCodebookIsListedAndABadFormatIsAUsageError(@TempDir Path work) throws IOException {
    Path own = work.resolve("egen.json");
    Files.writeString(own, """
        {"id": "lokal", "version": "7", "language": "sv", "principles": [
          {"id": "trygghet", "name_sv": "Trygghet", "name_en": "Safety", "aliases": ["Tryggt"], "seed_terms": ["trygg"]}]}
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("principles", "--codebook", own.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("codebook lokal, version 7: 1 principles"), run.out());
    assertTrue(run.out().contains("trygghet  Trygghet (Safety)"), run.out());
    CliRun bad = CliRun.of("principles", "--format", "xml");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("--format is text, csv or json, not 'xml'"), bad.err());
  }
}
