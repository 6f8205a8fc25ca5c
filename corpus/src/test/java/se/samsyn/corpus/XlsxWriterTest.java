package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private static SurveyTable table() {
        return new SurveyTable("Enkät", List.of("respondent_id", "datum", "svar"),
                List.of(List.of("R1", "2024-10-01", "Tid, lokaler och \"tillit\""),
                        List.of("R2", "2024-10-02", "=Mer dialog"),
                        List.of("R3", "2024-10-03", "Rad ett\nRad två"),
                        List.of("R4", "2024-10", "")));
    }

    @Test
    void writesHeaderTextDatesAndNeverFormulas() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxWriter().toBytes(table())))) {
            Sheet sheet = book.getSheet("Svar");
            DataFormatter formatter = new DataFormatter();
            assertEquals("respondent_id", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            Cell date = sheet.getRow(1).getCell(1);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDate.of(2024, 10, 1), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("2024-10-01", formatter.formatCellValue(date));
            Cell formulaLike = sheet.getRow(2).getCell(2);
            assertEquals(CellType.STRING, formulaLike.getCellType());
            assertEquals("=Mer dialog", formulaLike.getStringCellValue());
            assertEquals("Rad ett\nRad två", sheet.getRow(3).getCell(2).getStringCellValue());
            assertTrue(sheet.getRow(3).getCell(2).getCellStyle().getWrapText());
            assertEquals(CellType.STRING, sheet.getRow(4).getCell(1).getCellType(), "not a full date stays text");
            assertEquals("Tid, lokaler och \"tillit\"", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum());
        }
    }

    @Test
    void outputIsReproducible() throws IOException {
        assertArrayEquals(new XlsxWriter().toBytes(table()), new XlsxWriter().toBytes(table()));
    }
}
