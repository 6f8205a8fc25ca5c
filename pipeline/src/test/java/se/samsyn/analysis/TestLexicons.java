package se.samsyn.analysis;

/** The Swedish lexicons, loaded once for all tests of a test run (loading takes seconds). */
public final class TestLexicons {
  private static final class Holder {
    static final SwedishLexicons LEXICONS = SwedishLexicons.load();
  }

  private TestLexicons() {}

  public static SwedishLexicons get() {
    return Holder.LEXICONS;
  }
}
