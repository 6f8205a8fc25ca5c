package se.samsyn.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Writes a document as a PowerPoint PPTX with POI: a title slide (document title and date), then
 * one "Title and Content" slide per slide block, with the title in the title placeholder and the
 * lines as body bullets. Headings outside slides start a new slide; paragraphs and bullets after
 * them become its lines.
 */
public final class PptxWriter implements DocumentWriter {

    @Override
    public String extension() {
        return "pptx";
    }

    @Override
    public void write(SampleDocument document, OutputStream out) throws IOException {
        try (XMLSlideShow pptx = new XMLSlideShow()) {
            XSLFSlideMaster master = pptx.getSlideMasters().getFirst();
            XSLFSlide cover = pptx.createSlide(master.getLayout(SlideLayout.TITLE));
            cover.getPlaceholder(0).setText(document.title());
            XSLFTextShape subtitle = cover.getPlaceholder(1);
            subtitle.setText(document.optionalDate().map(DateTimeFormatter.ISO_LOCAL_DATE::format).orElse(""));
            XSLFSlideLayout content = master.getLayout(SlideLayout.TITLE_AND_CONTENT);
            for (Block.Slide slide : slides(document)) {
                XSLFSlide s = pptx.createSlide(content);
                s.getPlaceholder(0).setText(slide.title());
                body(s.getPlaceholder(1), slide.lines());
            }
            Ooxml.save(pptx, document.title(), Reproducible.timestamp(document), out);
        }
    }

    private static void body(XSLFTextShape shape, List<String> lines) {
        shape.clearText();
        for (String line : lines) {
            XSLFTextParagraph paragraph = shape.addNewTextParagraph();
            String[] parts = line.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    paragraph.addLineBreak();
                }
                paragraph.addNewTextRun().setText(parts[i]);
            }
        }
    }

    /** The document as slides: slide blocks as they are, other blocks grouped under the last heading. */
    static List<Block.Slide> slides(SampleDocument document) {
        List<Block.Slide> slides = new ArrayList<>();
        String title = null;
        List<String> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            switch (block) {
                case Block.Slide s -> {
                    flush(slides, title, lines);
                    title = null;
                    slides.add(s);
                }
                case Block.Heading h -> {
                    flush(slides, title, lines);
                    title = h.text();
                }
                case Block.Paragraph p -> lines.add(p.text());
                case Block.Bullet b -> lines.add(b.text());
            }
        }
        flush(slides, title, lines);
        return slides;
    }

    private static void flush(List<Block.Slide> slides, String title, List<String> lines) {
        if (title != null || !lines.isEmpty()) {
            slides.add(new Block.Slide(title == null ? "" : title, lines));
        }
        lines.clear();
    }
}
