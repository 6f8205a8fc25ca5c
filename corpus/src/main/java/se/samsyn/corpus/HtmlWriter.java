package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** Writes a document as a plain UTF-8 HTML5 page: {@code <h1>} title, {@code <hN>}, {@code <p>}, {@code <ul>}. */
public final class HtmlWriter implements DocumentWriter {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(SampleDocument document, OutputStream out) throws IOException {
        out.write(render(document).getBytes(StandardCharsets.UTF_8));
    }

    static String render(SampleDocument document) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(Xml.escape(document.title())).append("</title>\n");
        String date = document.optionalDate().map(DateTimeFormatter.ISO_LOCAL_DATE::format).orElse(null);
        if (date != null) {
            html.append("<meta name=\"dcterms.created\" content=\"").append(date).append("\">\n");
        }
        html.append("</head>\n<body>\n<h1>").append(Xml.escape(document.title())).append("</h1>\n");
        Flow.walk(document, new Flow.Sink() {
            @Override
            public void heading(int level, String text) {
                int tag = Math.min(level + 1, 6);
                html.append("<h").append(tag).append('>').append(inline(text)).append("</h").append(tag).append(">\n");
            }

            @Override
            public void paragraph(String text) {
                html.append("<p>").append(inline(text)).append("</p>\n");
            }

            @Override
            public void startList() {
                html.append("<ul>\n");
            }

            @Override
            public void item(String text) {
                html.append("<li>").append(inline(text)).append("</li>\n");
            }

            @Override
            public void endList() {
                html.append("</ul>\n");
            }
        });
        return html.append("</body>\n</html>\n").toString();
    }

    private static String inline(String text) {
        return Xml.escape(text, "<br>\n");
    }
}
