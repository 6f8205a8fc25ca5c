package se.samsyn.cli;

/** Exit codes of every samsyn command. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int USAGE = 2;
  static final int SOME_INPUTS_FAILED = 3;

  private ExitCodes() {}
}
