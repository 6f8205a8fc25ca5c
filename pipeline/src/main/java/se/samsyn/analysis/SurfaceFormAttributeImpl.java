package se.samsyn.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link SurfaceFormAttribute}, found by Lucene by its name. */
public final class SurfaceFormAttributeImpl extends AttributeImpl implements SurfaceFormAttribute {
  private String form = "";

  @Override
  public String surfaceForm() {
    return form;
  }

  @Override
  public void setSurfaceForm(String form) {
    this.form = form;
  }

  @Override
  public void clear() {
    form = "";
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((SurfaceFormAttribute) target).setSurfaceForm(form);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(SurfaceFormAttribute.class, "surfaceForm", form);
  }
}
