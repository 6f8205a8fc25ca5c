package se.samsyn.extract;

import se.samsyn.core.Extraction;
import se.samsyn.core.SourceFile;

/** Turns one file into text blocks. Never throws for bad input: failures come back as a status. */
public interface Extractor {
  Extraction extract(SourceFile file);
}
