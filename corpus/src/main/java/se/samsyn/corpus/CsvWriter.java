package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a survey table as RFC 4180 CSV in UTF-8: comma separated, CRLF between records, cells
 * quoted when they hold a comma, quote, line break or edge whitespace (quotes doubled). Cell text
 * is written as it is: a leading "=" stays, as survey tools export it.
 */
public final class CsvWriter implements TableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean byteOrderMark;

    /** A writer without a byte order mark. */
    public CsvWriter() {
        this(false);
    }

    /** @param byteOrderMark start the file with a UTF-8 BOM, as Excel's "CSV UTF-8" does */
    public CsvWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(SurveyTable table, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder();
        record(table.columns(), csv);
        for (List<String> row : table.rows()) {
            record(row, csv);
        }
        if (byteOrderMark) {
            out.write(BOM);
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void record(List<String> cells, StringBuilder csv) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n")
                || value.contains("\r") || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
