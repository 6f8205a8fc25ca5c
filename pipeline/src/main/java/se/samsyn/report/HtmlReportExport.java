package se.samsyn.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import se.samsyn.core.CodedRun;
import se.samsyn.export.Exporter;
import se.samsyn.models.Codebook;
import se.samsyn.run.RunFolder;

/** {@code report.html} as an output of a run: see {@link HtmlReport}. */
public record HtmlReportExport(ReportLanguage language, Codebook codebook, ReportData.Meta meta) implements Exporter {
  @Override
  public void write(CodedRun run, Path folder, Consumer<String> checkpoint) throws IOException {
    HtmlReport.write(folder.resolve(RunFolder.REPORT), language, codebook, meta, run);
    checkpoint.accept("staged " + RunFolder.REPORT);
  }
}
