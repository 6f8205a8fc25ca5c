package se.samsyn.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes content of type {@code T} as one file format.
 *
 * @param <T> what is written: a {@link SampleDocument} or a {@link SurveyTable}
 */
public interface FormatWriter<T> {

    /** The usual file extension of the format, without the dot. */
    String extension();

    /** Writes the content to {@code out}; does not close it. */
    void write(T content, OutputStream out) throws IOException;

    /** Writes the content to {@code file}, creating parent folders, and returns the file. */
    default Path write(T content, Path file) throws IOException {
        try (OutputStream out = OutputFiles.create(file)) {
            write(content, out);
        }
        return file;
    }

    /** The written file as bytes. */
    default byte[] toBytes(T content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(content, out);
        return out.toByteArray();
    }
}
