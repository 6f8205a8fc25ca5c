package se.samsyn.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The language of the report's own text (document text is shown as written). */
public enum ReportLanguage {
  SV,
  EN;

  /** The ISO 639-1 code: {@code sv}, {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language with this code (any case), if Samsyn has one. */
  public static Optional<ReportLanguage> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
  }

  /** The codes of all languages, for messages: {@code sv, en}. */
  public static String codes() {
    return Arrays.stream(values()).map(ReportLanguage::code).collect(Collectors.joining(", "));
  }
}
