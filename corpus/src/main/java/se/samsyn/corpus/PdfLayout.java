package se.samsyn.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Flows headings, paragraphs and bullets into word-wrapped lines on A4 pages. */
final class PdfLayout implements Flow.Sink {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 64f;
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private static final float BODY_SIZE = 11f;
    private static final float LEADING = 1.35f;
    private static final float BULLET_INDENT = 16f;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN;

    /** One line of text at its position. */
    record Line(PDFont font, float size, float x, float y, String text) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private float y;

    PdfLayout() {
        newPage();
    }

    List<List<Line>> pages() {
        return pages;
    }

    void title(String text) throws IOException {
        block(BOLD, 18f, 0f, "", text, 0f);
    }

    void subtitle(String text) throws IOException {
        block(ITALIC, 10f, 0f, "", text, 2f);
    }

    @Override
    public void heading(int level, String text) throws IOException {
        float size = switch (level) {
            case 1 -> 15f;
            case 2 -> 12.5f;
            default -> BODY_SIZE;
        };
        keepWithNext(size * 4);
        block(BOLD, size, 0f, "", text, size * 0.9f);
    }

    @Override
    public void paragraph(String text) throws IOException {
        block(REGULAR, BODY_SIZE, 0f, "", text, 4f);
    }

    @Override
    public void item(String text) throws IOException {
        block(REGULAR, BODY_SIZE, BULLET_INDENT, "\u2022 ", text, 2f);
    }

    private void block(PDFont font, float size, float indent, String marker, String text, float spaceBefore)
            throws IOException {
        y -= spaceBefore;
        float width = PAGE.getWidth() - 2 * MARGIN - indent;
        String first = marker;
        for (String hardLine : text.split("\n", -1)) {
            for (String line : PdfText.wrap(font, size, PdfText.encodable(font, hardLine), width)) {
                place(font, size, MARGIN + indent - (first.isEmpty() ? 0 : PdfText.width(font, size, first)),
                        first + line);
                first = "";
            }
        }
    }

    private void place(PDFont font, float size, float x, String text) {
        float height = size * LEADING;
        if (y - height < BOTTOM) {
            newPage();
        }
        y -= height;
        pages.getLast().add(new Line(font, size, x, y, text));
    }

    private void keepWithNext(float needed) {
        if (y - needed < BOTTOM && !pages.getLast().isEmpty()) {
            newPage();
        }
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }
}
