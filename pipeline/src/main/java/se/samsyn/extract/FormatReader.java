package se.samsyn.extract;

import java.io.IOException;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import se.samsyn.core.Block;
import se.samsyn.core.SourceFile;

/**
 * Reads the blocks of one kind of file whose structure Tika's generic XHTML loses; files no reader
 * takes keep the blocks {@link BlockCollector} made of Tika's parse. Readers are registered in
 * {@link FormatReaders}.
 */
interface FormatReader {
  /** True for the files this reader reads, by the type Tika detected and the file's name. */
  boolean reads(MediaType type, String fileName);

  /** The media type the extraction reports for the files this reader read. */
  MediaType format();

  /**
   * The file's blocks in reading order.
   *
   * @param metadata what Tika's parse of the file detected (its type and charset among it)
   * @throws IllegalArgumentException when the file is malformed for its format; the message says how
   */
  List<Block> read(SourceFile file, Metadata metadata) throws IOException;
}
