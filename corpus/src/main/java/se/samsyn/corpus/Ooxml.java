package se.samsyn.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/** Shared last step of the POI writers: fixed core properties, then a reproducible zip. */
final class Ooxml {

    private Ooxml() {
    }

    static void save(POIXMLDocument document, String title, ZonedDateTime time, OutputStream out)
            throws IOException {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(time.toInstant()));
        core.setTitle(title);
        core.setCreator("Samsyn");
        core.setCreated(date);
        core.setModified(date);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.write(bytes);
        ReproducibleZip.normalize(bytes.toByteArray(), out);
    }
}
