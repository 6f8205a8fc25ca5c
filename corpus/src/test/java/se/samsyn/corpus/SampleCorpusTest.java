package se.samsyn.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample material has the structure the brief and the pipeline's tests rely on. */
class SampleCorpusTest {

    private static Stream<String> headings(SampleDocument doc, int level) {
        return doc.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == level)
                .map(b -> ((Block.Heading) b).text());
    }

    private static Stream<String> texts(SampleDocument doc) {
        return doc.blocks().stream().flatMap(b -> switch (b) {
            case Block.Paragraph p -> Stream.of(p.text());
            case Block.Bullet u -> Stream.of(u.text());
            case Block.Slide s -> s.lines().stream();
            case Block.Heading h -> Stream.empty();
        });
    }

    @Test
    void workshopSummaryHasNumberedPrincipleHeadingsWithTypoAndPrincipenOm() {
        SampleDocument doc = SampleCorpus.workshopSummary();
        List<String> principles = headings(doc, 1).filter(h -> h.matches("\\d\\. .*")).toList();
        assertEquals(List.of("1. Självständighet och oberoende", "2. Dialog", "3. Kvalitet", "4. Långsiktghet",
                "5. Öppenhet och insyn", "6. Mångfald", "7. Principen om innovation", "8. Tydlighet"), principles);
        assertEquals(8, headings(doc, 2).filter("Sammanfattning från 12 mars"::equals).count());
        assertEquals(8, headings(doc, 2).filter("Sammanfattning från 2 april"::equals).count());
        List<String> texts = texts(doc).toList();
        assertTrue(texts.stream().filter(t -> t.startsWith("Processledarnas anmärkning: ")).count() >= 5);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Region Älvbygd: ")));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("- ")), "dash-prefixed lines");
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Block.Bullet));
    }

    @Test
    void slideDeckListsSixPrinciplesAndHasASlidePerPrinciple() {
        List<Block.Slide> slides = SampleCorpus.informationMeeting().blocks().stream()
                .map(Block.Slide.class::cast).toList();
        Block.Slide six = slides.stream().filter(s -> s.title().equals("Sex nationella principer")).findFirst().orElseThrow();
        assertEquals(6, six.lines().size());
        assertEquals(6, slides.stream().filter(s -> s.title().matches("Princip \\d: .*")).count());
    }

    @Test
    void agreementCommitmentsEndWithTheirPrinciples() {
        SampleDocument doc = SampleCorpus.agreementDraft();
        assertTrue(headings(doc, 1).toList().containsAll(List.of("1 Bakgrund", "2 Syfte", "3 Principer", "4 Åtaganden")));
        assertEquals(8, headings(doc, 2).filter(h -> h.startsWith("3.")).count());
        List<String> commitments = doc.blocks().stream().filter(Block.Bullet.class::isInstance)
                .map(b -> ((Block.Bullet) b).text()).toList();
        assertTrue(commitments.size() >= 12);
        assertTrue(commitments.stream().allMatch(c -> c.matches(".* \\(Princip(en|erna) om [^()]+\\)")), commitments.toString());
    }

    @Test
    void surveyHasVariedAnswersIncludingTheAwkwardOnes() {
        SurveyTable survey = SampleCorpus.survey();
        int answer = survey.column("Vad är viktigast för samverkan framåt?");
        List<String> answers = survey.rows().stream().map(r -> r.get(answer)).toList();
        assertTrue(answers.size() >= 28 && answers.size() <= 35, "answers: " + answers.size());
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("=")));
        assertTrue(answers.stream().anyMatch(a -> a.contains(",") && a.contains("\"")));
        assertTrue(answers.stream().filter(a -> a.contains("\n")).count() >= 2);
        assertTrue(survey.rows().stream().allMatch(r -> r.get(survey.column("datum")).matches("2024-\\d\\d-\\d\\d")));
    }

    @Test
    void mailAndWebCaptureCarryTheirNoise() {
        assertTrue(texts(SampleCorpus.webCapture()).filter("Presentation laddar. Vänta."::equals).count() >= 1);
        assertTrue(texts(SampleCorpus.feedbackMail()).anyMatch(t -> t.startsWith("> ")));
    }

    @Test
    void totalStatementCountIsInRange() {
        long statements = Stream.of(SampleCorpus.workshopSummary(), SampleCorpus.informationMeeting(),
                        SampleCorpus.agreementDraft(), SampleCorpus.feedbackMail(), SampleCorpus.webCapture())
                .flatMap(SampleCorpusTest::texts).count();
        int answer = SampleCorpus.survey().column("Vad är viktigast för samverkan framåt?");
        statements += SampleCorpus.survey().rows().stream().filter(r -> !r.get(answer).isBlank()).count();
        assertTrue(statements >= 150 && statements <= 300, "statements: " + statements);
    }
}
