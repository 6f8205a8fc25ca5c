package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Reads the CSV back with Commons CSV, an independent RFC 4180 parser. */
class CsvWriterTest {

    static SurveyTable table() {
        return new SurveyTable("Enkät", List.of("respondent_id", "kommun", "Vad är viktigast för samverkan framåt?"),
                List.of(List.of("R1", "Åsby", "Tid och lokaler"),
                        List.of("R2", "Norrvik", "Vi vill inte bara vara \"utförare\", vi vill vara en röst."),
                        List.of("R3", "Ekeby", "Tre saker:\n1. Kontakt\n2. Enkelhet"),
                        List.of("R4", "Strandå", "=Mer dialog"),
                        List.of("R5", "", " inledande blanksteg")));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void roundTripsQuotesCommasLineBreaksAndFormulaText() throws IOException {
        String csv = new String(new CsvWriter().toBytes(table()), StandardCharsets.UTF_8);
        List<CSVRecord> records = parse(csv);
        assertEquals(6, records.size());
        assertEquals(table().columns(), records.get(0).toList());
        for (int i = 0; i < table().rows().size(); i++) {
            assertEquals(table().rows().get(i), records.get(i + 1).toList());
        }
        assertTrue(csv.contains("\"Vi vill inte bara vara \"\"utförare\"\", vi vill vara en röst.\""), csv);
        assertTrue(csv.contains("\r\nR4,Strandå,=Mer dialog\r\n"), "formula-like text is written as is");
        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.startsWith("\uFEFF"));
    }

    @Test
    void optionalByteOrderMark() throws IOException {
        byte[] bytes = new CsvWriter(true).toBytes(table());
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
    }

    @Test
    void rowsMustMatchTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new SurveyTable("x", List.of("a", "b"), List.of(List.of("1"))));
    }
}
