package se.samsyn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The ingest peer a search engineer would write first: Tika's {@code AutoDetectParser} on every
 * file, in this process, and one Lucene document per file analysed by {@code StandardAnalyzer},
 * on a fixed number of threads. No segmentation, no Swedish analysis, no grouping, no outputs.
 */
final class BareTikaIndexing {
  private BareTikaIndexing() {}

  /** Indexes every regular file under {@code input} into a new index in {@code index}; the file count. */
  static int index(Path input, Path index, int threads) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    AutoDetectParser parser = new AutoDetectParser();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      List<Future<?>> parsed = files.stream().<Future<?>>map(file -> pool.submit(() -> add(parser, file, writer)))
          .toList();
      for (Future<?> file : parsed) {
        file.get();
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("a file failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return files.size();
  }

  private static void add(AutoDetectParser parser, Path file, IndexWriter writer) {
    BodyContentHandler text = new BodyContentHandler(-1);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, text, new Metadata(), new ParseContext());
      Document document = new Document();
      document.add(new StringField("path", file.toString(), Field.Store.YES));
      document.add(new TextField("text", text.toString(), Field.Store.YES));
      writer.addDocument(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TikaException | SAXException e) {
      throw new IllegalStateException("Tika could not parse " + file, e);
    }
  }
}
