package se.samsyn.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates written the Swedish way: "8 maj 2018", "18 oktober 2011", "2015-10-23", "29 maj". */
public final class SwedishDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
      Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
      Map.entry("jul", 7), Map.entry("augusti", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
  private static final Pattern WRITTEN = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})(?::e|:a)?\\s+(" + String.join("|", MONTHS.keySet())
          + ")\\.?(?:\\s+((?:19|20)\\d\\d))?(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private SwedishDates() {}

  /** The first date in the text that names its year. */
  public static Optional<LocalDate> firstFullDate(String text) {
    return first(text, null);
  }

  /** The first date in the text; a date without a year ("29 maj") takes {@code defaultYear}. */
  public static Optional<LocalDate> firstDate(String text, Integer defaultYear) {
    return first(text, defaultYear);
  }

  /** Reads a metadata timestamp such as {@code 2018-05-29T10:00:00Z}. */
  public static Optional<LocalDate> fromTimestamp(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.strip()).toLocalDate());
    } catch (DateTimeException e) {
      return firstFullDate(value);
    }
  }

  private static Optional<LocalDate> first(String text, Integer defaultYear) {
    Matcher iso = ISO.matcher(text);
    Matcher written = WRITTEN.matcher(text);
    int isoAt = iso.find() ? iso.start() : Integer.MAX_VALUE;
    LocalDate fromWritten = null;
    int writtenAt = Integer.MAX_VALUE;
    while (written.find()) {
      String year = written.group(3);
      if (year == null && defaultYear == null) {
        continue;
      }
      fromWritten = date(year == null ? defaultYear : Integer.parseInt(year),
          MONTHS.get(written.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(written.group(1)));
      if (fromWritten != null) {
        writtenAt = written.start();
        break;
      }
    }
    if (isoAt < writtenAt) {
      LocalDate fromIso = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
      if (fromIso != null) {
        return Optional.of(fromIso);
      }
    }
    return Optional.ofNullable(fromWritten);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
