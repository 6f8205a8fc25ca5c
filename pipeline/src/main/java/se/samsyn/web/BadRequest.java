package se.samsyn.web;

/** A request the server cannot answer as asked (answered with 400 and the message). */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadRequest(String message) {
    super(message);
  }
}
