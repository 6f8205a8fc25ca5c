package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSampleCorpusTest {

    @Test
    void writesEveryFileReproduciblyAndSmall(@TempDir Path tmp) throws IOException {
        List<Path> first = GenerateSampleCorpus.writeSamples(tmp.resolve("a"));
        first = concat(first, GenerateSampleCorpus.writeEdgeCases(tmp.resolve("a-edge")));
        List<Path> second = GenerateSampleCorpus.writeSamples(tmp.resolve("b"));
        second = concat(second, GenerateSampleCorpus.writeEdgeCases(tmp.resolve("b-edge")));
        assertEquals(14, first.size());
        long total = 0;
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    "not reproducible: " + first.get(i).getFileName());
            total += Files.size(first.get(i));
        }
        assertTrue(total < 300_000, "total bytes " + total);
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
