package se.samsyn.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes a {@link SampleDocument} as one file format. */
public interface DocumentWriter {

    /** The usual file extension of the format, without the dot. */
    String extension();

    /** Writes the document to {@code out}; does not close it. */
    void write(SampleDocument document, OutputStream out) throws IOException;

    /** Writes the document to {@code file}, creating parent folders, and returns the file. */
    default Path write(SampleDocument document, Path file) throws IOException {
        try (OutputStream out = OutputFiles.create(file)) {
            write(document, out);
        }
        return file;
    }

    /** The written file as bytes. */
    default byte[] toBytes(SampleDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }
}
