package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --verbose}: declared once on {@code samsyn}, taken by every subcommand, before or after its name. */
class VerboseOptionTest {
  private static final List<String> COMMANDS =
      List.of("run", "group", "search", "themes", "serve", "eval", "export", "regroup", "principles");

  @Test
  void everyCommandTakesIt() {
    for (String command : COMMANDS) {
      CliRun help = CliRun.of(command, "--help");
      assertEquals(0, help.exitCode(), command + ": " + help.err());
      assertTrue(help.out().contains("--verbose") && help.out().contains("Debug logging and stack traces."),
          command + ": " + help.out());
    }
    assertEquals(0, CliRun.of("principles", "--verbose").exitCode());
    assertEquals(0, CliRun.of("--verbose", "principles").exitCode());
  }

  @Test
  void itCountsBeforeAndAfterTheCommandsName() {
    assertTrue(SamsynCommand.verbose(SamsynCommand.commandLine().parseArgs("--verbose", "run", "in", "--out", "o")));
    assertTrue(SamsynCommand.verbose(SamsynCommand.commandLine().parseArgs("run", "in", "--out", "o", "--verbose")));
    assertFalse(SamsynCommand.verbose(SamsynCommand.commandLine().parseArgs("run", "in", "--out", "o")));
  }
}
