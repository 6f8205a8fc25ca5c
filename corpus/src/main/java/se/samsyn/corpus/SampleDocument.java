package se.samsyn.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as a title, an optional date and a list of blocks; the writers turn it into real
 * files (PDF, DOCX, PPTX, ODT, HTML, EML).
 *
 * @param title shown as document title and stored in the file's metadata
 * @param date  the document's date, or {@code null} when it has none
 * @param blocks the content in reading order
 */
public record SampleDocument(String title, LocalDate date, List<Block> blocks) {

    public SampleDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    public Optional<LocalDate> optionalDate() {
        return Optional.ofNullable(date);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects blocks in order; not thread-safe. */
    public static final class Builder {
        private final String title;
        private LocalDate date;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Block.Heading(level, text));
        }

        public Builder paragraph(String text) {
            return add(new Block.Paragraph(text));
        }

        public Builder bullet(String text) {
            return add(new Block.Bullet(text));
        }

        public Builder slide(String slideTitle, List<String> lines) {
            return add(new Block.Slide(slideTitle, lines));
        }

        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public SampleDocument build() {
            return new SampleDocument(title, date, blocks);
        }
    }
}
