package se.samsyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The root command builds only the subcommand the arguments name, and all of them otherwise. */
class SamsynCommandTest {
  private static final List<String> ALL =
      List.of("run", "group", "search", "themes", "serve", "eval", "export", "regroup", "principles");

  @Test
  void argumentsThatNameASubcommandGetThatOneAlone() {
    assertEquals(List.of("search"), subcommands("search", "oberoende", "--index", "out"));
    assertEquals(List.of("search"), subcommands("--verbose", "search", "--help"));
    assertEquals(List.of("run"), subcommands("run", "search", "--out", "o"));
  }

  @Test
  void otherArgumentsGetEverySubcommand() {
    assertEquals(ALL, subcommands());
    assertEquals(ALL, subcommands("--help"));
    assertEquals(ALL, subcommands("serch", "oberoende"));
  }

  private static List<String> subcommands(String... args) {
    return List.copyOf(SamsynCommand.commandLine(args).getSubcommands().keySet());
  }
}
