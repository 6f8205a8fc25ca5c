package se.samsyn.search;

import java.io.IOException;

/** The index was built by another version of the analysis chain or schema and has to be built again. */
public final class StaleIndexException extends IOException {
  public StaleIndexException(String message) {
    super(message);
  }
}
