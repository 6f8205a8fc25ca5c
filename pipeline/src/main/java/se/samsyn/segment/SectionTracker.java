package se.samsyn.segment;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** The headings currently open above the reading position, outermost first, with their dates. */
final class SectionTracker {
  private record Section(int level, String title, LocalDate date) {}

  private final Deque<Section> open = new ArrayDeque<>();

  /** Opens a heading, closing every open heading at the same or a deeper level. */
  void enter(int level, String title, LocalDate date) {
    closeFrom(level);
    open.addLast(new Section(level, title, date));
  }

  /** Closes every heading at {@code level} or deeper. */
  void closeFrom(int level) {
    while (!open.isEmpty() && open.peekLast().level() >= level) {
      open.removeLast();
    }
  }

  List<String> path() {
    return open.stream().map(Section::title).toList();
  }

  /** The date of the innermost dated heading, or null. */
  LocalDate date() {
    for (Iterator<Section> it = open.descendingIterator(); it.hasNext(); ) {
      LocalDate date = it.next().date();
      if (date != null) {
        return date;
      }
    }
    return null;
  }
}
