package se.samsyn.corpus;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip writer whose entries all carry one fixed, time-zone independent timestamp, so that the
 * same entries always give the same bytes. Closing it finishes the archive but leaves the
 * underlying stream open.
 */
public final class ReproducibleZip implements Closeable {

    /** The modification time of every entry. */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    public ReproducibleZip(OutputStream out) {
        this.zip = new ZipOutputStream(new KeepOpen(out));
    }

    /** Adds an uncompressed entry (as ODF requires for its {@code mimetype}). */
    public void stored(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        put(entry, data);
    }

    /** Adds a deflate-compressed entry. */
    public void deflated(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        put(entry, data);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * Rewrites a zip archive (such as an OOXML package from POI) with the same entries in the
     * same order and compression method, but with fixed timestamps and no extra fields.
     */
    public static void normalize(byte[] archive, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
             ReproducibleZip copy = new ReproducibleZip(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getMethod() == ZipEntry.STORED) {
                    copy.stored(e.getName(), data);
                } else {
                    copy.deflated(e.getName(), data);
                }
            }
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private void put(ZipEntry entry, byte[] data) throws IOException {
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** Passes writes through but does not close the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
