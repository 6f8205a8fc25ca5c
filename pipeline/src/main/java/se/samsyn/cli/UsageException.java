package se.samsyn.cli;

/** A problem with what the user asked for, found after parsing (e.g. a missing input file). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
