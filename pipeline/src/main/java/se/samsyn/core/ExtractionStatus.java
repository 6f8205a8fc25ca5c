package se.samsyn.core;

/** Outcome of extracting one file; anything but OK and PARTIAL is listed in errors.csv. */
public enum ExtractionStatus {
  OK,
  /** Text was extracted but part of the file could not be read (e.g. an embedded file failed). */
  PARTIAL,
  /** Deliberately not processed (unsupported format, empty, duplicate of another input). */
  SKIPPED,
  FAILED,
  TIMEOUT;

  public boolean hasText() {
    return this == OK || this == PARTIAL;
  }
}
