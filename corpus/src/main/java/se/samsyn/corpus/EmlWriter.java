package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a document as an RFC 822 / MIME e-mail message (.eml): the title is the Subject, the
 * date the Date, the blocks a UTF-8 text/plain body in quoted-printable.
 */
public final class EmlWriter implements DocumentWriter {

    private static final Pattern NAMED_ADDRESS = Pattern.compile("\\s*(.*?)\\s*<([^>]+)>\\s*");

    private final String from;
    private final String to;

    /** @param from sender, e.g. {@code "Anna Sjöberg <anna@example.org>"}; @param to recipient, same form */
    public EmlWriter(String from, String to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    @Override
    public String extension() {
        return "eml";
    }

    @Override
    public void write(SampleDocument document, OutputStream out) throws IOException {
        String id = HexFormat.of().formatHex(Reproducible.digest(document.title() + from));
        String message = "From: " + address(from) + "\r\n"
                + "To: " + address(to) + "\r\n"
                + "Subject: " + MimeText.header(document.title()) + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(Reproducible.timestamp(document)) + "\r\n"
                + "Message-ID: <" + id + "@samsyn.invalid>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "\r\n"
                + MimeText.quotedPrintable(PlainText.render(document));
        out.write(message.getBytes(StandardCharsets.US_ASCII));
    }

    /** Encodes the display name of "Name <address>" when it is not ASCII. */
    private static String address(String value) {
        Matcher m = NAMED_ADDRESS.matcher(value);
        if (!m.matches() || m.group(1).isEmpty()) {
            return value.strip();
        }
        String name = MimeText.header(m.group(1));
        return (name.equals(m.group(1)) ? "\"" + name + "\"" : name) + " <" + m.group(2) + ">";
    }
}
