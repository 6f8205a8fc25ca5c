package se.samsyn.models.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.util.model.BaseModel;

/**
 * Writes an OpenNLP model so that the same training gives the same bytes: OpenNLP stores the
 * training time in the model's {@code manifest.properties} (a {@code Timestamp} property and a date
 * comment, neither read when loading) and in every zip entry. Those are dropped or fixed here, so
 * re-running the training leaves the committed models, and their SHA-256 in the manifest,
 * unchanged.
 */
final class ReproducibleModelFile {

  private static final String MANIFEST_ENTRY = "manifest.properties";
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private ReproducibleModelFile() {
  }

  static void write(BaseModel model, Path file) throws IOException {
    ByteArrayOutputStream serialized = new ByteArrayOutputStream();
    model.serialize(serialized);
    ByteArrayOutputStream normalized = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(serialized.toByteArray()));
         ZipOutputStream out = new ZipOutputStream(normalized)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(MANIFEST_ENTRY)) {
          content = withoutTrainingTime(content);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(copy);
        out.write(content);
        out.closeEntry();
      }
    }
    Files.write(file, normalized.toByteArray());
  }

  /** The properties text without comment lines (the store date) and without the Timestamp line. */
  private static byte[] withoutTrainingTime(byte[] properties) {
    return new String(properties, StandardCharsets.ISO_8859_1).lines()
        .filter(line -> !line.startsWith("#") && !line.startsWith("Timestamp="))
        .collect(Collectors.joining("\n", "", "\n"))
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}
