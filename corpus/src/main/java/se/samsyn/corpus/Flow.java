package se.samsyn.corpus;

import java.io.IOException;

/**
 * Walks a document's blocks as running text for the flow formats (PDF, DOCX, ODT, HTML, plain
 * text): a slide becomes a level-2 heading followed by its lines as bullets, and consecutive
 * bullets are bracketed by {@link Sink#startList()} and {@link Sink#endList()}.
 */
final class Flow {

    /** Receives the running text. */
    interface Sink {
        void heading(int level, String text) throws IOException;

        void paragraph(String text) throws IOException;

        default void startList() throws IOException {
        }

        void item(String text) throws IOException;

        default void endList() throws IOException {
        }
    }

    private Flow() {
    }

    static void walk(SampleDocument document, Sink sink) throws IOException {
        boolean inList = false;
        for (Block block : document.blocks()) {
            boolean bullet = block instanceof Block.Bullet;
            if (inList && !bullet) {
                sink.endList();
                inList = false;
            }
            switch (block) {
                case Block.Heading h -> sink.heading(h.level(), h.text());
                case Block.Paragraph p -> sink.paragraph(p.text());
                case Block.Bullet b -> {
                    if (!inList) {
                        sink.startList();
                        inList = true;
                    }
                    sink.item(b.text());
                }
                case Block.Slide s -> slide(s, sink);
            }
        }
        if (inList) {
            sink.endList();
        }
    }

    private static void slide(Block.Slide slide, Sink sink) throws IOException {
        sink.heading(2, slide.title());
        if (slide.lines().isEmpty()) {
            return;
        }
        sink.startList();
        for (String line : slide.lines()) {
            sink.item(line);
        }
        sink.endList();
    }
}
