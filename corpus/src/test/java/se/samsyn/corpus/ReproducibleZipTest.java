package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ReproducibleZipTest {

    private static byte[] zipWithTime(LocalDateTime time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("mimetype", "content.xml")) {
                ZipEntry e = new ZipEntry(name);
                e.setTimeLocal(time);
                zip.putNextEntry(e);
                zip.write(("innehåll i " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void normalizeRemovesTimestampsAndKeepsEntries() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ReproducibleZip.normalize(zipWithTime(LocalDateTime.of(2020, 5, 1, 10, 0)), a);
        ReproducibleZip.normalize(zipWithTime(LocalDateTime.of(2031, 1, 2, 3, 4)), b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(ReproducibleZip.ENTRY_TIME, e.getTimeLocal());
                assertEquals("innehåll i " + e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("mimetype", "content.xml"), names);
    }

    @Test
    void closingLeavesTheCallersStreamOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        java.io.FilterOutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (ReproducibleZip zip = new ReproducibleZip(out)) {
            zip.stored("a", new byte[] {1, 2, 3});
        }
        assertEquals(false, closed[0]);
        assertEquals(true, bytes.size() > 0);
    }
}
