package se.samsyn.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import se.samsyn.core.Version;

/** The root command: {@code samsyn <subcommand>}. */
@Command(name = "samsyn", mixinStandardHelpOptions = true, versionProvider = SamsynCommand.VersionProvider.class,
    description = "Statements, principles and themes from Swedish workshop and consultation material.")
final class SamsynCommand implements Runnable {
  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, GroupCommand.class,
      SearchCommand.class, ThemesCommand.class, ServeCommand.class, EvalCommand.class, ExportCommand.class,
      RegroupCommand.class, PrinciplesCommand.class);

  /** Declared once, for every subcommand; {@link Logging} reads it from the arguments before they are parsed. */
  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Debug logging and stack traces.")
  private boolean verbose;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * The command line for {@code args}. picocli reads the annotations of every subcommand it is given (a
   * tenth of a second at start-up for all of them), so arguments that name one get that one alone; others
   * (none, {@code --help}, a misspelt name) get all of them.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new SamsynCommand());
    // samsyn's own options take no values: the first other argument is the subcommand's name
    String name = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
    List<Class<?>> named = SUBCOMMANDS.stream()
        .filter(command -> command.getAnnotation(Command.class).name().equals(name)).toList();
    (named.isEmpty() ? SUBCOMMANDS : named).forEach(cli::addSubcommand);
    cli.setParameterExceptionHandler(SamsynCommand::usageError);
    cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (error instanceof UsageException) {
        err.println("samsyn: " + error.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
      }
      err.println("samsyn: internal error: " + error);
      if (verbose(parseResult)) {
        error.printStackTrace(err);
      } else {
        err.println("Run again with --verbose for details.");
      }
      return ExitCodes.INTERNAL_ERROR;
    });
    return cli;
  }

  /**
   * Whether {@code --verbose} was given to the command or to one of its subcommands: pass the root's
   * parse result, since an option given before a subcommand's name is matched on the root.
   */
  static boolean verbose(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static int usageError(CommandLine.ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("samsyn: " + error.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"samsyn " + Version.current()};
    }
  }
}
