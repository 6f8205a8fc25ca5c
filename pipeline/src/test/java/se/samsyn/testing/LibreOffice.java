package se.samsyn.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens CSV files the way a Swedish spreadsheet user does: LibreOffice Calc, headless, imports them
 * as UTF-8 with ';' between fields, Swedish number format and formulas evaluated, and saves them as
 * .xlsx, whose cells are then read back with POI.
 */
public final class LibreOffice {
  /** CSV import: ';' (59), '"' (34), UTF-8 (76), from line 1, standard columns, Swedish (1053), formulas on. */
  private static final String SWEDISH_CSV = "CSV:59,34,76,1,,1053,false,false,false,false,false,0,true";

  /** A cell as the spreadsheet holds it. */
  public record Value(CellType type, String text, double number) {
    @Override
    public String toString() {
      return type == CellType.NUMERIC ? Double.toString(number) : type + " " + text;
    }
  }

  private LibreOffice() {}

  /** The soffice program; fails (never skips) when it is missing. */
  public static Path soffice() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, "soffice");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return fail("LibreOffice's soffice is not on the PATH. .ci/run installs it (Debian package "
        + "libreoffice-calc-nogui); on your machine: sudo apt-get install -y --no-install-recommends "
        + "libreoffice-calc-nogui");
  }

  /**
   * Converts CSV files (with distinct names) to .xlsx in {@code work} in one run of soffice and
   * returns the first sheet of each, row by row, in the order given.
   */
  public static List<List<List<Value>>> open(List<Path> csvFiles, Path work) throws IOException, InterruptedException {
    Path converted = Files.createDirectories(work.resolve("xlsx"));
    Path log = work.resolve("soffice.log");
    List<String> command = new ArrayList<>(List.of(soffice().toString(), "--headless", "--norestore",
        "-env:UserInstallation=" + work.resolve("profile").toUri(), "--infilter=" + SWEDISH_CSV,
        "--convert-to", "xlsx", "--outdir", converted.toString()));
    csvFiles.forEach(csv -> command.add(csv.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("soffice did not finish converting " + csvFiles + " in 180 s");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    List<List<List<Value>>> sheets = new ArrayList<>();
    for (Path csv : csvFiles) {
      String name = csv.getFileName().toString();
      Path xlsx = converted.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
      assertTrue(Files.isRegularFile(xlsx), "soffice wrote no " + xlsx + ": " + output);
      sheets.add(cells(xlsx));
    }
    return sheets;
  }

  private static List<List<Value>> cells(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<Value>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<Value> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          values.add(value(row.getCell(c)));
        }
        rows.add(values);
      }
      return rows;
    }
  }

  private static Value value(Cell cell) {
    if (cell == null) {
      return new Value(CellType.BLANK, "", 0);
    }
    return switch (cell.getCellType()) {
      case NUMERIC -> new Value(CellType.NUMERIC, "", cell.getNumericCellValue());
      case FORMULA -> new Value(CellType.FORMULA, cell.getCellFormula(), 0);
      case STRING -> new Value(CellType.STRING, cell.getStringCellValue(), 0);
      default -> new Value(cell.getCellType(), cell.toString(), 0);
    };
  }
}
