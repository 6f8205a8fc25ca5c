package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a document as Word DOCX with POI: the title in style "Title", headings in styles
 * "Heading1".."Heading3" (named "heading n", with outline levels, so extractors such as Tika
 * emit {@code <h1>}..{@code <h3>}), and bullets as numbered list paragraphs.
 */
public final class DocxWriter implements DocumentWriter {

    private static final int MAX_HEADING = 3;

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(SampleDocument document, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            defineStyles(docx.createStyles());
            BigInteger bulletList = defineBulletList(docx.createNumbering());
            text(docx.createParagraph(), "Title", document.title());
            if (document.date() != null) {
                text(docx.createParagraph(), null, DateTimeFormatter.ISO_LOCAL_DATE.format(document.date()));
            }
            Flow.walk(document, new Flow.Sink() {
                @Override
                public void heading(int level, String text) {
                    text(docx.createParagraph(), "Heading" + Math.min(level, MAX_HEADING), text);
                }

                @Override
                public void paragraph(String text) {
                    text(docx.createParagraph(), null, text);
                }

                @Override
                public void item(String text) {
                    XWPFParagraph p = docx.createParagraph();
                    p.setNumID(bulletList);
                    p.setNumILvl(BigInteger.ZERO);
                    text(p, "ListParagraph", text);
                }
            });
            Ooxml.save(docx, document.title(), Reproducible.timestamp(document), out);
        }
    }

    private static void text(XWPFParagraph paragraph, String styleId, String text) {
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        XWPFRun run = paragraph.createRun();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void defineStyles(XWPFStyles styles) {
        styles.addStyle(style("Title", "Title", null, 36));
        for (int level = 1; level <= MAX_HEADING; level++) {
            styles.addStyle(style("Heading" + level, "heading " + level, level - 1, 32 - 4 * level));
        }
        styles.addStyle(style("ListParagraph", "List Paragraph", null, 0));
    }

    /** A paragraph style; {@code outline} is null for body styles, {@code halfPoints} 0 for normal size. */
    private static XWPFStyle style(String id, String name, Integer outline, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        if (outline != null) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        if (halfPoints > 0) {
            CTRPr rpr = ct.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        return new XWPFStyle(ct);
    }

    private static BigInteger defineBulletList(XWPFNumbering numbering) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        CTInd indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(720));
        indent.setHanging(BigInteger.valueOf(360));
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
