package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What grouping decides reaches the search index: principles, method, and text without inline labels. */
class GroupedIndexTest {
  @TempDir
  Path work;

  @Test
  void searchFiltersByAssignedPrincipleAndShowsTheCleanedText() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("workshop.txt"), """
        1. Dialog

        Träffas oftare i mindre grupper

        2. Kvalitet

        Uppföljningen ska vara enkel för små föreningar
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("ataganden.txt"), "Vi bjuder in till samråd varje vår. (Principen om dialog)\n",
        StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    assertEquals(0, CliRun.of("run", in.toString(), "--out", out.toString(), "--quiet").exitCode());

    JsonNode dialogue = search(out, "träffas", "--principle", "dialogue");
    assertEquals(1, dialogue.get("total").asInt(), dialogue.toString());
    assertEquals("dialogue", dialogue.at("/hits/0/principles/0").asText());
    assertEquals(0, search(out, "träffas", "--principle", "quality").get("total").asInt());

    JsonNode inline = search(out, "samråd");
    String text = inline.at("/hits/0/text").asText();
    assertTrue(text.startsWith("Vi bjuder in till samråd varje vår."), text);
    assertFalse(text.contains("Principen om"), text);
    assertEquals("dialogue", inline.at("/hits/0/principles/0").asText(), inline.toString());
  }

  private static JsonNode search(Path out, String... queryAndOptions) throws IOException {
    String[] args = new String[queryAndOptions.length + 5];
    args[0] = "search";
    System.arraycopy(queryAndOptions, 0, args, 1, queryAndOptions.length);
    System.arraycopy(new String[] {"--index", out.toString(), "--format", "json"}, 0, args,
        queryAndOptions.length + 1, 4);
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }
}
