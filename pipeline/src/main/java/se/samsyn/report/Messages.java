package se.samsyn.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import se.samsyn.models.Codebook;

/**
 * The report's own text in one language, from {@code messages_<code>.properties} (UTF-8) beside
 * this class: every user-facing string of the report is there, none in the code.
 */
public final class Messages {
  private final ReportLanguage language;
  private final Properties texts = new Properties();
  private final NumberFormat numbers;

  public Messages(ReportLanguage language) {
    this.language = language;
    String resource = "messages_" + language.code() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the classpath");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(language.code()));
  }

  public ReportLanguage language() {
    return language;
  }

  /** The text of a key; a missing key is a bug, not something to show. */
  public String text(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no " + language.code() + " text for '" + key + "'");
    }
    return text;
  }

  /** The text of a key with its {@code %s} placeholders filled in. */
  public String format(String key, Object... args) {
    return String.format(Locale.ROOT, text(key), args);
  }

  /**
   * The text for a count, from {@code key.one} when it is 1 and {@code key.many} otherwise, with the
   * count (as {@link #number(long)} writes it) for its {@code %s}.
   */
  public String count(String key, long count) {
    return format(key + (count == 1 ? ".one" : ".many"), number(count));
  }

  /** A count as readers of the language write it: {@code 12 345} (Swedish), {@code 12,345} (English). */
  public String number(long count) {
    synchronized (numbers) {
      return numbers.format(count);
    }
  }

  /** The principle's name in this language. */
  public String name(Codebook.Principle principle) {
    return language == ReportLanguage.SV ? principle.nameSv() : principle.nameEn();
  }

  /** The principle's definition in this language (Swedish falls back to English when missing). */
  public String definition(Codebook.Principle principle) {
    return language == ReportLanguage.SV && !principle.definitionSv().isBlank()
        ? principle.definitionSv() : principle.definition();
  }

  /** Every key, for the test that both languages have the same ones. */
  public Set<String> keys() {
    return texts.stringPropertyNames();
  }
}
