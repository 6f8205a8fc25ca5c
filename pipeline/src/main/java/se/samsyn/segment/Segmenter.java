package se.samsyn.segment;

import se.samsyn.core.Document;
import se.samsyn.core.Extraction;

/** Cuts an extracted file into statements with their context, and reads its metadata. */
public interface Segmenter {
  Document segment(Extraction extraction);
}
