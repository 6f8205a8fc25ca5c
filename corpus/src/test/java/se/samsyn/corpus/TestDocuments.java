package se.samsyn.corpus;

import java.time.LocalDate;
import java.util.List;

/** Small documents that use every block type and the awkward characters. */
final class TestDocuments {

    static final String TITLE = "Testdokument om samverkan & dialog";

    private TestDocuments() {
    }

    static SampleDocument allBlocks() {
        return SampleDocument.builder(TITLE)
                .date(LocalDate.of(2024, 3, 12))
                .heading(1, "1. Självständighet och oberoende")
                .paragraph("Föreningarna ska kunna kritisera kommunen <utan> att riskera stödet.")
                .bullet("Första punkten: åäö ÅÄÖ é")
                .bullet("Andra punkten\nmed radbrytning")
                .heading(2, "Sammanfattning från 12 mars")
                .paragraph("Öppenhet och insyn \u2192 förtroende")
                .slide("Princip 2: Dialog", List.of("Mötas tidigt", "Återkoppla efteråt"))
                .build();
    }

    /** A document long enough to need several PDF pages. */
    static SampleDocument longDocument(int paragraphs) {
        SampleDocument.Builder doc = SampleDocument.builder("Lång sammanfattning");
        for (int i = 1; i <= paragraphs; i++) {
            if (i % 10 == 1) {
                doc.heading(1, "Avsnitt " + (i / 10 + 1));
            }
            doc.paragraph("Stycke " + i + ": deltagarna diskuterade långsiktighet, dialog och öppenhet"
                    + " i samverkan mellan föreningar och kommunen, och vad det kräver av båda parter.");
        }
        return doc.build();
    }
}
