package se.samsyn.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The fixed timestamps written into metadata and zip entries, so output is byte-for-byte stable. */
public final class Reproducible {

    /** Used when a document has no date of its own. */
    public static final LocalDateTime FALLBACK = LocalDateTime.of(2024, 1, 1, 9, 0);

    /** Time zone of the fictional authors; applied to metadata dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Reproducible() {
    }

    /** The document's date at 09:00 Swedish time, or {@link #FALLBACK}. */
    public static ZonedDateTime timestamp(SampleDocument document) {
        LocalDateTime local = document.optionalDate()
                .map(d -> d.atTime(LocalTime.of(9, 0)))
                .orElse(FALLBACK);
        return local.atZone(ZONE);
    }

    /** The first 16 bytes of the SHA-256 of {@code text}: a stable stand-in for random ids. */
    public static byte[] digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
