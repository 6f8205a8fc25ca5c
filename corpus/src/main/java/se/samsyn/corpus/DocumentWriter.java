package se.samsyn.corpus;

/** Writes a {@link SampleDocument} as one file format. */
public interface DocumentWriter extends FormatWriter<SampleDocument> {
}
