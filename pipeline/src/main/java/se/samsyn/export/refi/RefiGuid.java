package se.samsyn.export.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Deterministic REFI-QDA GUIDs: name-based UUIDs of what an element stands for (a principle of a
 * codebook, a document, a statement), so that two exports of the same index are identical and a
 * code keeps its GUID from one export to the next.
 */
final class RefiGuid {
  private RefiGuid() {}

  /** The GUID of {@code kind} (code, source, selection …) named by {@code parts}, upper-case. */
  static String of(String kind, String... parts) {
    String name = "samsyn/" + kind + "/" + String.join("\u0000", parts);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
  }
}
