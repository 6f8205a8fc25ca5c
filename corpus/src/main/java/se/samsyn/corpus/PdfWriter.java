package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a document as a text PDF with PDFBox: Standard 14 Helvetica fonts (WinAnsi, so å, ä, ö
 * work), word-wrapped lines on A4 pages, an optional running header line on every page and a
 * "Sida n av m" footer.
 */
public final class PdfWriter implements DocumentWriter {

    private static final float FURNITURE_SIZE = 8.5f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final String runningHeader;

    /** A writer without a running header. */
    public PdfWriter() {
        this(null);
    }

    /** @param runningHeader text repeated at the top of every page, or {@code null} for none */
    public PdfWriter(String runningHeader) {
        this.runningHeader = runningHeader;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(SampleDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = render(document)) {
            pdf.save(out);
        }
    }

    /** Lays out and draws the document; the caller saves (or encrypts) and closes it. */
    public PDDocument render(SampleDocument document) throws IOException {
        PdfLayout layout = new PdfLayout();
        layout.title(document.title());
        if (document.date() != null) {
            layout.subtitle(DATE.format(document.date()));
        }
        Flow.walk(document, layout);
        PDDocument pdf = new PDDocument();
        try {
            draw(pdf, layout.pages());
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
        describe(pdf, document);
        return pdf;
    }

    private void draw(PDDocument pdf, List<List<PdfLayout.Line>> pages) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = new PDPage(PdfLayout.PAGE);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                drawHeader(content);
                for (PdfLayout.Line line : pages.get(i)) {
                    text(content, line.font(), line.size(), line.x(), line.y(), line.text());
                }
                drawFooter(content, i + 1, pages.size());
            }
        }
    }

    private void drawHeader(PDPageContentStream content) throws IOException {
        float width = PdfLayout.PAGE.getWidth();
        if (runningHeader != null) {
            float y = PdfLayout.PAGE.getHeight() - PdfLayout.MARGIN / 2;
            String header = PdfText.encodable(PdfLayout.ITALIC, runningHeader);
            text(content, PdfLayout.ITALIC, FURNITURE_SIZE, PdfLayout.MARGIN, y, header);
            content.setLineWidth(0.5f);
            content.moveTo(PdfLayout.MARGIN, y - 4);
            content.lineTo(width - PdfLayout.MARGIN, y - 4);
            content.stroke();
        }
    }

    private static void drawFooter(PDPageContentStream content, int page, int pageCount) throws IOException {
        float width = PdfLayout.PAGE.getWidth();
        String footer = "Sida " + page + " av " + pageCount;
        float x = (width - PdfText.width(PdfLayout.REGULAR, FURNITURE_SIZE, footer)) / 2;
        text(content, PdfLayout.REGULAR, FURNITURE_SIZE, x, PdfLayout.MARGIN / 2, footer);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String s)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(s);
        content.endText();
    }

    /** Fixed metadata and a document id derived from the title, so saving twice gives the same bytes. */
    private static void describe(PDDocument pdf, SampleDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setAuthor("Samsyn");
        info.setCreator("Samsyn corpus generator");
        info.setProducer("Apache PDFBox");
        GregorianCalendar time = GregorianCalendar.from(Reproducible.timestamp(document));
        info.setCreationDate(time);
        info.setModificationDate(time);
        COSString id = new COSString(Reproducible.digest(document.title()));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().setDocumentID(ids);
    }
}
