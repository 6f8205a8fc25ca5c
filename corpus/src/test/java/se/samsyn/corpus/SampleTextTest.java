package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleTextTest {

    @Test
    void parsesHeaderHeadingsBulletsSlidesParagraphsAndContinuations() {
        String text = """
                % kommentar
                title: Titel
                date: 2024-03-12

                # 1. Dialog
                ## Sammanfattning från 12 mars
                * punkt
                Kalmar: ett citat
                första raden \\
                andra raden
                @ Bildrubrik
                * ett
                två

                - en rad som börjar med streck
                """;
        SampleDocument doc = SampleText.document(text);
        assertEquals("Titel", doc.title());
        assertEquals(LocalDate.of(2024, 3, 12), doc.date());
        assertEquals(List.of(
                new Block.Heading(1, "1. Dialog"),
                new Block.Heading(2, "Sammanfattning från 12 mars"),
                new Block.Bullet("punkt"),
                new Block.Paragraph("Kalmar: ett citat"),
                new Block.Paragraph("första raden\nandra raden"),
                new Block.Slide("Bildrubrik", List.of("ett", "två")),
                new Block.Paragraph("- en rad som börjar med streck")), doc.blocks());
    }

    @Test
    void parsesTables() {
        SurveyTable table = SampleText.table("""
                title: Enkät
                columns: id | svar

                R1 | ett, "två" \\
                tre
                R2 |
                """);
        assertEquals(List.of("id", "svar"), table.columns());
        assertEquals(List.of(List.of("R1", "ett, \"två\"\ntre"), List.of("R2", "")), table.rows());
    }

    @Test
    void rejectsMissingTitleUnknownHeadersAndBadHeadings() {
        assertThrows(IllegalArgumentException.class, () -> SampleText.document("date: 2024-01-01\n\ntext"));
        assertThrows(IllegalArgumentException.class, () -> SampleText.document("title: x\ndatum: 2024\n\ntext"));
        assertThrows(IllegalArgumentException.class, () -> SampleText.document("title: x\n\n#x"));
        assertThrows(IllegalArgumentException.class, () -> SampleText.document("title: x\n\n####### för djup"));
    }
}
