package se.samsyn.models;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The principles of the agreement: a versioned list with, per principle, a stable id, Swedish and
 * English names, aliases, a definition and seed terms. The standard codebook ships in
 * {@code se/samsyn/models/codebook/principles.json}; users can pass their own file in the same
 * format.
 */
public record Codebook(String id, String version, String language, List<Principle> principles) {
  /** Classpath resource of the standard codebook, without leading slash. */
  public static final String RESOURCE = "se/samsyn/models/codebook/principles.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * One principle; {@code definition} is in English, {@code definitionSv} says the same in Swedish
   * (both in this project's own words).
   */
  public record Principle(String id, String nameSv, String nameEn, List<String> aliases,
      String definition, String definitionSv, List<String> seedTerms) {
    public Principle {
      if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException("a principle id is lower-case letters, digits and _: " + id);
      }
      if (nameSv == null || nameSv.isBlank() || nameEn == null || nameEn.isBlank()) {
        throw new IllegalArgumentException("principle " + id + " needs a Swedish and an English name");
      }
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      definition = Objects.requireNonNullElse(definition, "");
      definitionSv = Objects.requireNonNullElse(definitionSv, "");
      seedTerms = seedTerms == null ? List.of() : List.copyOf(seedTerms);
    }

    /** Its Swedish and English names and its aliases. */
    public List<String> names() {
      return Stream.concat(Stream.of(nameSv, nameEn), aliases.stream()).toList();
    }

    /** What a classifier learns the principle from: each name, alias and seed term, and the Swedish definition. */
    public List<String> trainingTexts() {
      return Stream.of(names().stream(), seedTerms.stream(), Stream.of(definitionSv)).flatMap(s -> s).toList();
    }
  }

  public Codebook {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("a codebook has a \"version\"");
    }
    id = Objects.requireNonNullElse(id, "codebook");
    language = Objects.requireNonNullElse(language, "sv");
    principles = List.copyOf(Objects.requireNonNull(principles, "principles"));
    if (principles.isEmpty()) {
      throw new IllegalArgumentException("a codebook has at least one principle under \"principles\"");
    }
    Set<String> ids = new HashSet<>();
    for (Principle principle : principles) {
      if (!ids.add(principle.id())) {
        throw new IllegalArgumentException("principle id used twice: " + principle.id());
      }
    }
  }

  /** The codebook shipped with Samsyn. */
  public static Codebook standard() {
    try (InputStream in = Codebook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource not found (is samsyn-models on the classpath?)");
      }
      return JSON.readValue(in, Codebook.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ModelLoadingException("cannot read the codebook " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads a codebook file; a missing, unreadable or invalid file throws {@link IOException}. */
  public static Codebook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.readValue(in, Codebook.class);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " is not a valid codebook: " + e.getMessage(), e);
    } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
      // a rule of the constructor: its own message says what is wrong, without Jackson's framing
      String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
      throw new IOException(file + " is not a valid codebook: " + reason, e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + " is not a valid codebook: " + e.getOriginalMessage(), e);
    }
  }

  /** The position of the principle with this id in {@link #principles()}, or -1. */
  public int indexOf(String id) {
    for (int p = 0; p < principles.size(); p++) {
      if (principles.get(p).id().equals(id)) {
        return p;
      }
    }
    return -1;
  }

  public Optional<Principle> principle(String id) {
    return principles.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The id of the principle with this id, name or alias (any case), if there is one. */
  public Optional<String> principleId(String idOrName) {
    String wanted = idOrName.strip();
    return principles.stream()
        .filter(p -> p.id().equalsIgnoreCase(wanted) || p.names().stream().anyMatch(n -> n.equalsIgnoreCase(wanted)))
        .map(Principle::id).findFirst();
  }

  /**
   * SHA-256 (hex) of the codebook's content as Samsyn reads it, so that outputs can record exactly
   * which principles they were grouped under; formatting and key order of the file do not matter.
   */
  public String checksum() {
    try {
      byte[] canonical = JSON.writeValueAsBytes(this);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a codebook record is always serialisable", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** {@code id@version#first 12 hex digits of the checksum}, for run manifests and logs. */
  public String label() {
    return id + "@" + version + "#" + checksum().substring(0, 12);
  }
}
