package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

class PptxWriterTest {

    private static SampleDocument deck() {
        return SampleDocument.builder("Informationsmöte")
                .date(java.time.LocalDate.of(2024, 9, 17))
                .slide("Sex nationella principer", List.of("Självständighet & oberoende", "Dialog", "Kvalitet"))
                .slide("Princip 2: Dialog", List.of("Mötas tidigt", "Återkoppla"))
                .build();
    }

    private static List<String> body(XSLFSlide slide) {
        XSLFTextShape body = slide.getPlaceholder(1);
        return body.getTextParagraphs().stream().map(XSLFTextParagraph::getText).toList();
    }

    @Test
    void oneSlidePerSlideBlockWithTitlePlaceholderAndBullets() throws IOException {
        try (XMLSlideShow pptx = new XMLSlideShow(new ByteArrayInputStream(new PptxWriter().toBytes(deck())))) {
            List<XSLFSlide> slides = pptx.getSlides();
            assertEquals(3, slides.size());
            assertEquals("Informationsmöte", slides.get(0).getPlaceholder(0).getText());
            assertEquals("2024-09-17", slides.get(0).getPlaceholder(1).getText());
            assertEquals("Sex nationella principer", slides.get(1).getTitle());
            assertEquals(Placeholder.TITLE, slides.get(1).getPlaceholder(0).getPlaceholder());
            assertEquals(List.of("Självständighet & oberoende", "Dialog", "Kvalitet"), body(slides.get(1)));
            assertEquals(List.of("Mötas tidigt", "Återkoppla"), body(slides.get(2)));
        }
    }

    @Test
    void headingsOutsideSlidesStartNewSlides() {
        SampleDocument doc = SampleDocument.builder("x")
                .paragraph("inledning")
                .heading(1, "Dialog").paragraph("a").bullet("b")
                .slide("Egen bild", List.of("c"))
                .heading(2, "Kvalitet")
                .build();
        List<Block.Slide> slides = PptxWriter.slides(doc);
        assertEquals(List.of(new Block.Slide("", List.of("inledning")),
                new Block.Slide("Dialog", List.of("a", "b")),
                new Block.Slide("Egen bild", List.of("c")),
                new Block.Slide("Kvalitet", List.of())), slides);
    }

    @Test
    void outputIsReproducible() throws IOException {
        assertArrayEquals(new PptxWriter().toBytes(deck()), new PptxWriter().toBytes(deck()));
    }
}
