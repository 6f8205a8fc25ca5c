package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Deliberately awkward files for robustness tests, all reproducible from their arguments. */
public final class BadFiles {

    private BadFiles() {
    }

    /**
     * A PDF that starts like a real one but is cut off before its cross-reference table and
     * trailer, with a stretch of its body overwritten by garbage.
     */
    public static Path corruptPdf(SampleDocument document, Path file) throws IOException {
        byte[] pdf = new PdfWriter().toBytes(document);
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length * 3 / 5);
        Random random = new Random(pdf.length);
        for (int i = cut.length / 3; i < cut.length / 3 + 64; i++) {
            cut[i] = (byte) random.nextInt(256);
        }
        return write(file, cut);
    }

    /**
     * A real PDF of {@code document}, AES-128 encrypted so that it opens only with
     * {@code userPassword}.
     */
    public static Path encryptedPdf(SampleDocument document, Path file, String userPassword) throws IOException {
        try (PDDocument pdf = new PdfWriter().render(document)) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(userPassword + "-owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(true);
            pdf.protect(policy);
            pdf.getEncryption().getSecurityHandler().setCustomSecureRandom(seededRandom(document.title()));
            try (OutputStream out = OutputFiles.create(file)) {
                pdf.save(out);
            }
        }
        return file;
    }

    /** A file of zero bytes. */
    public static Path empty(Path file) throws IOException {
        return write(file, new byte[0]);
    }

    /** {@code size} pseudo-random bytes from {@code seed}; name it .pdf, .docx … to fake a format. */
    public static Path randomBytes(Path file, int size, long seed) throws IOException {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return write(file, data);
    }

    /** A zip archive of the given entries (name to content), in the map's order. */
    public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = OutputFiles.create(file);
             ReproducibleZip zip = new ReproducibleZip(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.deflated(entry.getKey(), entry.getValue());
            }
        }
        return file;
    }

    /** AES needs random initialisation vectors; a seeded SHA1PRNG makes them the same on every run. */
    private static SecureRandom seededRandom(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(Reproducible.digest(seed));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
        }
    }

    private static Path write(Path file, byte[] data) throws IOException {
        try (OutputStream out = OutputFiles.create(file)) {
            out.write(data);
        }
        return file;
    }
}
