package se.samsyn.corpus;

/**
 * The project's own sample workshop material, written in Swedish for Samsyn (fictional region,
 * municipalities and organisations). The text lives in {@code src/main/resources/se/samsyn/corpus/sample/}.
 */
public final class SampleCorpus {

    /** Running header line of the workshop summary PDF. */
    public static final String SUMMARY_HEADER =
            "Överenskommelsen Sjöbotten – sammanfattning av workshops våren 2024 – arbetsmaterial";
    public static final String MAIL_FROM = "Karin Ålund <karin.alund@glantan.example>";
    public static final String MAIL_TO = "Kansliet för Överenskommelsen Sjöbotten <overenskommelsen@sjobotten.example>";
    /** User password of the encrypted sample PDF. */
    public static final String PDF_PASSWORD = "sjobotten";

    private SampleCorpus() {
    }

    /** (a) Summary of two workshops: numbered principle headings, source quotes, statements per date. */
    public static SampleDocument workshopSummary() {
        return load("workshop-sammanfattning.txt");
    }

    /** (b) Slide deck of an information meeting: the six national principles and a slide per principle. */
    public static SampleDocument informationMeeting() {
        return load("informationsmote.txt");
    }

    /** (c) Agreement draft: Bakgrund, Syfte, Principer with definitions, Åtaganden with principle parentheses. */
    public static SampleDocument agreementDraft() {
        return load("overenskommelse-utkast.txt");
    }

    /** (d) Survey export with one free-text question. */
    public static SurveyTable survey() {
        return SampleText.table(SampleText.resource("enkat-svar.txt"));
    }

    /** (e) Feedback sent by e-mail, with signature and a quoted earlier message. */
    public static SampleDocument feedbackMail() {
        return load("synpunkter-epost.txt");
    }

    /** (e) Web capture of a presentation, with banner and page furniture around the slide text. */
    public static SampleDocument webCapture() {
        return load("presentation-webb.txt");
    }

    private static SampleDocument load(String name) {
        return SampleText.document(SampleText.resource(name));
    }
}
