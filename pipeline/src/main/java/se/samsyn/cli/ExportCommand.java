package se.samsyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samsyn.core.AtomicFiles;
import se.samsyn.export.refi.QdpxExport;
import se.samsyn.export.refi.RefiCodes;
import se.samsyn.models.Codebook;
import se.samsyn.run.RunFolder;

/** {@code samsyn export qdpx|qdc}: Samsyn's coding for QDA software, in the REFI-QDA exchange standard. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exports for QDA software (NVivo, MAXQDA, ATLAS.ti, QualCoder) in the REFI-QDA standard.",
    subcommands = {ExportCommand.Qdpx.class, ExportCommand.Qdc.class})
final class ExportCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to export: qdpx or qdc");
  }

  /** {@code samsyn export qdpx}: the statements of an index as a REFI-QDA project. */
  @Command(name = "qdpx", mixinStandardHelpOptions = true,
      description = {"Writes a REFI-QDA project (.qdpx): the principles as codes, every document as a text source,"
          + " every statement with a principle as a coded segment (method, score and evidence in its memo).",
          "Open it with 'Import REFI-QDA project' in NVivo, MAXQDA, ATLAS.ti or QualCoder."})
  static final class Qdpx implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private IndexOption index;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .qdpx file to write.")
    private Path out;

    @CommandLine.Mixin
    private CodebookOption codebook;

    @Override
    public Integer call() throws IOException {
      RunFolder run = index.run();
      Codebook principles = codebook.load();
      OutputFolders.requireWritableFile(out, "--out");
      QdpxExport export;
      try {
        export = QdpxExport.of(run.readStatements(), principles, run.emergingThemes().labels());
      } catch (IOException e) {
        throw index.unreadable(run, e);
      }
      String name = "Samsyn: " + run.name();
      AtomicFiles.writeBytes(out, stream -> export.write(name, stream));
      QdpxExport.Summary s = export.summary();
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "samsyn: %d sources, %d codes, %d coded segments (%d principle codings, %d theme"
          + " codings, %d kind codings) -> %s%n", s.sources(), s.codes(), s.segments(), s.principleCodings(),
          s.themeCodings(), s.kindCodings(), out);
      err.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code samsyn export qdc}: the codebook alone as a REFI-QDA codebook. */
  @Command(name = "qdc", mixinStandardHelpOptions = true,
      description = {"Writes the principles codebook as a REFI-QDA codebook (.qdc).",
          "Import it as a codebook in NVivo, MAXQDA, ATLAS.ti or QualCoder."})
  static final class Qdc implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .qdc file to write.")
    private Path out;

    @CommandLine.Mixin
    private CodebookOption codebook;

    @Override
    public Integer call() throws IOException {
      Codebook principles = codebook.load();
      if (principles.principles().isEmpty()) {
        throw new UsageException("the codebook " + principles.label() + " has no principles to export");
      }
      OutputFolders.requireWritableFile(out, "--out");
      AtomicFiles.writeBytes(out, RefiCodes.of(principles)::writeCodebook);
      spec.commandLine().getErr().printf(Locale.ROOT, "samsyn: %d codes of %s -> %s%n",
          principles.principles().size(), principles.label(), out);
      spec.commandLine().getErr().flush();
      return ExitCodes.OK;
    }
  }
}
