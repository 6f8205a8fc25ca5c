package se.samsyn.analysis;

import org.apache.lucene.util.Attribute;

/** The word as written in the text, kept while later filters replace the term with its lemma. */
public interface SurfaceFormAttribute extends Attribute {
  String surfaceForm();

  void setSurfaceForm(String form);
}
