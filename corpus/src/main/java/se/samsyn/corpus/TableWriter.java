package se.samsyn.corpus;

/** Writes a {@link SurveyTable} as one file format. */
public interface TableWriter extends FormatWriter<SurveyTable> {
}
