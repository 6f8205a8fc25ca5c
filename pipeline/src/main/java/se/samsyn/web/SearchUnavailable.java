package se.samsyn.web;

/**
 * Searching cannot be done now: 503 with {@code Retry-After} while the analysis chain is still
 * loading or while a request finds no turn ({@link ConcurrencyLimit}), 500 when the chain failed to load.
 */
final class SearchUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean temporary;

  SearchUnavailable(String message, boolean temporary) {
    super(message);
    this.temporary = temporary;
  }

  int status() {
    return temporary ? 503 : 500;
  }

  boolean temporary() {
    return temporary;
  }
}
