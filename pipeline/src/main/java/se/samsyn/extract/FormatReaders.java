package se.samsyn.extract;

import java.util.List;
import java.util.Optional;
import org.apache.tika.mime.MediaType;

/** The format readers, asked in this order; a new input format is one reader and one line here. */
final class FormatReaders {
  private static final List<FormatReader> READERS = List.of(new DelimitedText());

  private FormatReaders() {}

  /**
   * The first reader that reads the file, or empty when Tika's generic blocks serve.
   *
   * @param type the type Tika detected, or null when it detected none
   */
  static Optional<FormatReader> of(MediaType type, String fileName) {
    return type == null ? Optional.empty()
        : READERS.stream().filter(reader -> reader.reads(type, fileName)).findFirst();
  }
}
