package se.samsyn.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import se.samsyn.core.CsvTable.Dialect;
import se.samsyn.core.CsvTable;
import se.samsyn.core.Json;
import se.samsyn.models.Codebook;

/** {@code samsyn principles}: the principles of the codebook, with their names, aliases and seed terms. */
@Command(name = "principles", mixinStandardHelpOptions = true,
    description = {"Lists the principles of the codebook: id, Swedish and English name, aliases and seed terms,",
        "with the codebook's id and version (the ids are what --principle and the CSV files use)."})
final class PrinciplesCommand implements Callable<Integer> {
  static final List<String> CSV_COLUMNS = List.of("id", "name_sv", "name_en", "aliases", "seed_terms", "codebook",
      "codebook_version");

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private CodebookOption codebook;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
  private String format = "text";

  @Override
  public Integer call() throws IOException {
    Codebook principles = codebook.load();
    PrintWriter out = spec.commandLine().getOut();
    switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> text(principles, out);
      case "csv" -> csv(principles, out);
      case "json" -> out.println(Json.INDENTED.writeValueAsString(json(principles)));
      default -> throw new UsageException("--format is text, csv or json, not '" + format + "'");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void text(Codebook codebook, PrintWriter out) {
    out.printf(Locale.ROOT, "codebook %s, version %s: %d principles%n", codebook.id(), codebook.version(),
        codebook.principles().size());
    for (Codebook.Principle p : codebook.principles()) {
      out.printf(Locale.ROOT, "%n%s  %s (%s)%n", p.id(), p.nameSv(), p.nameEn());
      if (!p.aliases().isEmpty()) {
        out.printf(Locale.ROOT, "    aliases: %s%n", String.join(", ", p.aliases()));
      }
      if (!p.seedTerms().isEmpty()) {
        out.printf(Locale.ROOT, "    seed terms: %s%n", String.join(", ", p.seedTerms()));
      }
    }
  }

  private static void csv(Codebook codebook, PrintWriter out) throws IOException {
    CsvTable.write(out, Dialect.RFC4180, CSV_COLUMNS, table -> {
      for (Codebook.Principle p : codebook.principles()) {
        table.row(p.id(), p.nameSv(), p.nameEn(), String.join(";", p.aliases()), String.join(";", p.seedTerms()),
            codebook.id(), codebook.version());
      }
    });
  }

  private static ObjectNode json(Codebook codebook) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("codebook", codebook.id());
    root.put("version", codebook.version());
    var principles = root.putArray("principles");
    for (Codebook.Principle p : codebook.principles()) {
      ObjectNode node = principles.addObject().put("id", p.id()).put("name_sv", p.nameSv()).put("name_en", p.nameEn());
      p.aliases().forEach(node.putArray("aliases")::add);
      p.seedTerms().forEach(node.putArray("seed_terms")::add);
    }
    return root;
  }
}
