package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a survey table as an Excel XLSX workbook with POI: one sheet "Svar", a bold header row,
 * cells as text (a leading "=" stays text, never a formula), except ISO dates (yyyy-mm-dd), which
 * become real date cells formatted yyyy-mm-dd, as survey tools export them.
 */
public final class XlsxWriter implements TableWriter {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_WIDTH_CHARS = 60;

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(SurveyTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Svar");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            Row first = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                first.createCell(c).setCellValue(table.columns().get(c));
                first.getCell(c).setCellStyle(header);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> cells = table.rows().get(r);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (ISO_DATE.matcher(value).matches()) {
                        row.createCell(c).setCellValue(LocalDate.parse(value));
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(value);
                        if (value.contains("\n")) {
                            row.getCell(c).setCellStyle(wrapped);
                        }
                    }
                }
            }
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.setColumnWidth(c, 256 * Math.min(MAX_WIDTH_CHARS, widest(table, c) + 2));
            }
            Ooxml.save(workbook, table.title(), Reproducible.FALLBACK.atZone(Reproducible.ZONE), out);
        }
    }

    private static int widest(SurveyTable table, int column) {
        int widest = table.columns().get(column).length();
        for (List<String> row : table.rows()) {
            for (String line : row.get(column).split("\n")) {
                widest = Math.max(widest, line.length());
            }
        }
        return widest;
    }
}
