package se.samsyn.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes a {@link SurveyTable} as one file format. */
public interface TableWriter {

    /** The usual file extension of the format, without the dot. */
    String extension();

    /** Writes the table to {@code out}; does not close it. */
    void write(SurveyTable table, OutputStream out) throws IOException;

    /** Writes the table to {@code file}, creating parent folders, and returns the file. */
    default Path write(SurveyTable table, Path file) throws IOException {
        try (OutputStream out = OutputFiles.create(file)) {
            write(table, out);
        }
        return file;
    }

    /** The written file as bytes. */
    default byte[] toBytes(SurveyTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(table, out);
        return out.toByteArray();
    }
}
