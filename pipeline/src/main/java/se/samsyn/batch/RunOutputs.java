package se.samsyn.batch;

import java.util.ArrayList;
import java.util.List;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.export.DocumentsCsv;
import se.samsyn.export.EmergingThemesCsv;
import se.samsyn.export.ErrorsCsv;
import se.samsyn.export.Exporter;
import se.samsyn.export.StatementsCsv;
import se.samsyn.export.ThemeFrequenciesCsv;
import se.samsyn.models.Codebook;
import se.samsyn.report.HtmlReportExport;
import se.samsyn.report.ReportData;
import se.samsyn.run.RunFolder;

/**
 * Every output a run writes into its folder (the contract documented in the README), in order: the
 * tables in RFC 4180, once more for Swedish Excel in {@code OUT/excel/} when asked, and the report.
 * A new output is one {@link Exporter} and one line here.
 */
final class RunOutputs {
  private RunOutputs() {}

  static List<Exporter> of(RunSettings settings, Codebook codebook, ReportData.Meta meta) {
    List<Exporter> outputs = new ArrayList<>(tables(codebook, Dialect.RFC4180));
    if (settings.excel()) {
      List<Exporter> copies = tables(codebook, Dialect.EXCEL_SV);
      outputs.add((run, folder, checkpoint) -> {
        for (Exporter copy : copies) {
          copy.write(run, folder.resolve(RunFolder.EXCEL), point -> { });
        }
      });
    }
    outputs.add(new HtmlReportExport(settings.language(), codebook, meta));
    return outputs;
  }

  private static List<Exporter> tables(Codebook codebook, Dialect dialect) {
    return List.of(new DocumentsCsv(dialect), new StatementsCsv(dialect), new EmergingThemesCsv(dialect),
        new ThemeFrequenciesCsv(codebook, dialect), new ErrorsCsv(dialect));
  }
}
