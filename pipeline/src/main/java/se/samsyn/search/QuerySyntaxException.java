package se.samsyn.search;

/** A query that cannot be understood; the message says why in one line. */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }
}
