package se.samsyn.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTableTest {

  @Test
  void replacesOnlyTheTextBetweenTheMarkers(@TempDir Path dir) throws IOException {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# Models\n" + ReadmeTable.START + "\nold table\n" + ReadmeTable.END
        + "\nAfter.\n");

    ReadmeTable.update(readme, "| new | table |\n");
    ReadmeTable.update(readme, "| newer | table |\n");

    assertEquals("# Models\n" + ReadmeTable.START + "\n| newer | table |\n" + ReadmeTable.END
        + "\nAfter.\n", Files.readString(readme));
  }

  @Test
  void refusesAReadmeWithoutMarkers(@TempDir Path dir) throws IOException {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# Models\n");
    assertThrows(IOException.class, () -> ReadmeTable.update(readme, "| table |\n"));
  }
}
