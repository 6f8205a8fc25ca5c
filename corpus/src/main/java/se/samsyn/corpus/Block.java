package se.samsyn.corpus;

import java.util.List;
import java.util.Objects;

/** One structural piece of a {@link SampleDocument}. Text may hold {@code \n} for a hard line break. */
public sealed interface Block {

    /** A heading of level 1 (chapter) to 6. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1..6, was " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph, one per line in most formats. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An item of a bulleted list; consecutive bullets form one list. */
    record Bullet(String text) implements Block {
        public Bullet {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A presentation slide: a title and its body lines (shown as bullets). */
    record Slide(String title, List<String> lines) implements Block {
        public Slide {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
        }
    }
}
