package se.samsyn.core;

import java.util.Objects;

/** Where in its document a piece of text stands: a page, slide, line or table row. */
public record Location(Unit unit, int number) {
  public enum Unit {
    PAGE("page", false),
    SLIDE("slide", true),
    LINE("line", false),
    ROW("row", true);

    private final String label;
    private final boolean standsAlone;

    Unit(String label, boolean standsAlone) {
      this.label = label;
      this.standsAlone = standsAlone;
    }

    public String label() {
      return label;
    }

    /**
     * Whether a unit's text is its own (a slide's points, a table row's answer) rather than part of
     * a text that flows on over the next page or line.
     */
    public boolean standsAlone() {
      return standsAlone;
    }
  }

  public Location {
    Objects.requireNonNull(unit, "unit");
    if (number < 1) {
      throw new IllegalArgumentException("location numbers start at 1: " + number);
    }
  }

  public static Location page(int number) {
    return new Location(Unit.PAGE, number);
  }

  public static Location slide(int number) {
    return new Location(Unit.SLIDE, number);
  }

  public static Location line(int number) {
    return new Location(Unit.LINE, number);
  }

  public static Location row(int number) {
    return new Location(Unit.ROW, number);
  }

  /** Parses the form written by {@link #toString()}, e.g. {@code "slide 14"}. */
  public static Location parse(String text) {
    String[] parts = text.trim().split(" ");
    for (Unit unit : Unit.values()) {
      if (parts.length == 2 && unit.label.equals(parts[0])) {
        return new Location(unit, Integer.parseInt(parts[1]));
      }
    }
    throw new IllegalArgumentException("not a location: " + text);
  }

  @Override
  public String toString() {
    return unit.label + " " + number;
  }
}
