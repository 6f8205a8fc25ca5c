package se.samsyn.core;

/** Outcome of extracting one file; anything but OK is listed in errors.csv and makes the run exit with 3. */
public enum ExtractionStatus {
  OK,
  /** Text was extracted but part of the file could not be read (e.g. an embedded file failed). */
  PARTIAL,
  /** Deliberately not processed (unsupported format, empty, duplicate of another input). */
  SKIPPED,
  FAILED,
  TIMEOUT;

  /** Everything in the file was read. */
  public boolean isComplete() {
    return this == OK;
  }

  public boolean hasText() {
    return this == OK || this == PARTIAL;
  }
}
