package se.samsyn.models;

/** A shipped model or its manifest could not be read from the classpath. */
public final class ModelLoadingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ModelLoadingException(String message, Throwable cause) {
    super(message, cause);
  }
}
