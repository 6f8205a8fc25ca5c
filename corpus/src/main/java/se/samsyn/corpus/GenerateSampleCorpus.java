package se.samsyn.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the sample corpus: the good files into one folder and the robustness cases (corrupt,
 * encrypted, empty, random, misnamed, zipped) into another. Usage:
 * {@code GenerateSampleCorpus <sample-dir> <edge-case-dir>}.
 */
public final class GenerateSampleCorpus {

    private GenerateSampleCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateSampleCorpus <sample-dir> <edge-case-dir>");
            System.exit(2);
        }
        List<Path> written = new ArrayList<>(writeSamples(Path.of(args[0])));
        written.addAll(writeEdgeCases(Path.of(args[1])));
        for (Path file : written) {
            System.out.println(file);
        }
    }

    /** Writes the well-formed sample files into {@code dir} and returns them. */
    public static List<Path> writeSamples(Path dir) throws IOException {
        SampleDocument summary = SampleCorpus.workshopSummary();
        SurveyTable survey = SampleCorpus.survey();
        return List.of(
                new DocxWriter().write(summary, dir.resolve("workshop-sammanfattning.docx")),
                new PdfWriter(SampleCorpus.SUMMARY_HEADER).write(summary, dir.resolve("workshop-sammanfattning.pdf")),
                new PptxWriter().write(SampleCorpus.informationMeeting(), dir.resolve("informationsmote.pptx")),
                new OdtWriter().write(SampleCorpus.agreementDraft(), dir.resolve("overenskommelse-utkast.odt")),
                new CsvWriter().write(survey, dir.resolve("enkat-export.csv")),
                new XlsxWriter().write(survey, dir.resolve("enkat-export.xlsx")),
                new EmlWriter(SampleCorpus.MAIL_FROM, SampleCorpus.MAIL_TO)
                        .write(SampleCorpus.feedbackMail(), dir.resolve("synpunkter-epost.eml")),
                new HtmlWriter().write(SampleCorpus.webCapture(), dir.resolve("presentation-webb.html")));
    }

    /** Writes files that a robust pipeline must survive into {@code dir} and returns them. */
    public static List<Path> writeEdgeCases(Path dir) throws IOException {
        Map<String, byte[]> bundle = new LinkedHashMap<>();
        bundle.put("workshop-sammanfattning.docx", new DocxWriter().toBytes(SampleCorpus.workshopSummary()));
        bundle.put("informationsmote.pptx", new PptxWriter().toBytes(SampleCorpus.informationMeeting()));
        bundle.put("enkat-export.csv", new CsvWriter().toBytes(SampleCorpus.survey()));
        return List.of(
                BadFiles.corruptPdf(SampleCorpus.workshopSummary(), dir.resolve("trasig.pdf")),
                BadFiles.encryptedPdf(SampleCorpus.agreementDraft(), dir.resolve("krypterad.pdf"),
                        SampleCorpus.PDF_PASSWORD),
                BadFiles.empty(dir.resolve("tom.pdf")),
                BadFiles.randomBytes(dir.resolve("slumpdata.pdf"), 4096, 20240312L),
                new DocxWriter().write(SampleCorpus.agreementDraft(), dir.resolve("egentligen-docx.pdf")),
                BadFiles.zip(dir.resolve("workshopmaterial.zip"), bundle));
    }
}
