package se.samsyn.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a document with OpenNLP's language detector model (103 languages,
 * Maven Central artifact {@code opennlp-models-langdetect}).
 */
public final class LanguageIdentifier {
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final double MIN_CONFIDENCE = 0.5;
  private static final int SAMPLE_CHARACTERS = 4000;

  private final LanguageDetectorModel model;

  private LanguageIdentifier(LanguageDetectorModel model) {
    this.model = model;
  }

  /** Loads the bundled model (takes about a second; share the instance). */
  public static LanguageIdentifier load() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new MissingResourceException("language model missing from the classpath",
            LanguageIdentifier.class.getName(), MODEL_RESOURCE);
      }
      return new LanguageIdentifier(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language detection model", e);
    }
  }

  /** ISO 639-1 code (e.g. {@code sv}), or empty when the text is too short or unclear. */
  public String identify(String text) {
    String sample = text.length() > SAMPLE_CHARACTERS ? text.substring(0, SAMPLE_CHARACTERS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < 20) {
      return "";
    }
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    if (best.getConfidence() < MIN_CONFIDENCE) {
      return "";
    }
    return toIso6391(best.getLang());
  }

  private static String toIso6391(String iso6393) {
    for (String code : Locale.getISOLanguages()) {
      Locale locale = Locale.of(code);
      try {
        if (locale.getISO3Language().equals(iso6393)) {
          return code;
        }
      } catch (MissingResourceException e) {
        // no three-letter code known for this language; keep looking
      }
    }
    return iso6393;
  }
}
