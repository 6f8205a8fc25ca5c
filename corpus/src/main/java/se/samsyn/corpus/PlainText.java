package se.samsyn.corpus;

import java.io.IOException;

/** Renders a document's blocks as plain text: paragraphs separated by blank lines, bullets as "- ". */
final class PlainText {

    private PlainText() {
    }

    static String render(SampleDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        Flow.walk(document, new Flow.Sink() {
            @Override
            public void heading(int level, String heading) {
                text.append(heading).append("\n\n");
            }

            @Override
            public void paragraph(String paragraph) {
                text.append(paragraph).append("\n\n");
            }

            @Override
            public void item(String item) {
                text.append("- ").append(item.replace("\n", "\n  ")).append('\n');
            }

            @Override
            public void endList() {
                text.append('\n');
            }
        });
        return text.toString().stripTrailing() + "\n";
    }
}
