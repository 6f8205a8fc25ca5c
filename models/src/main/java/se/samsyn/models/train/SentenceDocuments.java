package se.samsyn.models.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.Span;

/**
 * Builds multi-sentence documents for sentence-detector training and evaluation.
 *
 * <p>UD stores each sentence on its own, so documents are rebuilt from consecutive sentences with
 * the layout a real document has: a line break where a new paragraph or document starts and after a
 * sentence without sentence-final punctuation (a heading, a list item, a line ending in a colon:
 * in the source text such a line is always followed by a line break), a space otherwise.
 *
 * <p>A line break is one of the detector's end-of-sentence characters. When a sentence ends without
 * punctuation the line break after it is part of its span, so that training sees that line break as
 * the sentence's end; when it ends with punctuation that punctuation is the end, as usual.
 */
public final class SentenceDocuments {

  private static final String EOS_CHARACTERS = ".!?\n";

  private SentenceDocuments() {
  }

  /** The characters that can end a sentence; a line break ends headings and list items. */
  public static char[] eosCharacters() {
    return EOS_CHARACTERS.toCharArray();
  }

  /** Documents of {@code sentencesPerDocument} consecutive treebank sentences (the last may be shorter). */
  public static List<SentenceSample> fromTreebank(List<ConlluSentence> sentences,
      int sentencesPerDocument) {
    List<SentenceSample> documents = new ArrayList<>();
    for (int from = 0; from < sentences.size(); from += sentencesPerDocument) {
      List<ConlluSentence> group =
          sentences.subList(from, Math.min(sentences.size(), from + sentencesPerDocument));
      List<String> texts = new ArrayList<>();
      List<Boolean> lineBreaks = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) {
        String text = group.get(i).getTextComment().strip();
        texts.add(text);
        boolean nextStartsParagraph = i + 1 < group.size()
            && (group.get(i + 1).isNewParagraph() || group.get(i + 1).isNewDocument());
        lineBreaks.add(nextStartsParagraph || !endsWithPunctuation(text));
      }
      documents.add(document(texts, lineBreaks));
    }
    return documents;
  }

  /**
   * One document of {@code sentences}, each followed by a line break where {@code lineBreakAfter}
   * says so and by a space otherwise (nothing follows the last one).
   */
  public static SentenceSample document(List<String> sentences, List<Boolean> lineBreakAfter) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      int start = text.length();
      text.append(sentence);
      boolean last = i == sentences.size() - 1;
      if (last) {
        spans.add(new Span(start, text.length()));
      } else if (lineBreakAfter.get(i)) {
        text.append('\n');
        spans.add(new Span(start, endsWithPunctuation(sentence) ? text.length() - 1 : text.length()));
      } else {
        spans.add(new Span(start, text.length()));
        text.append(' ');
      }
    }
    return new SentenceSample(text, spans.toArray(new Span[0]));
  }

  /**
   * The document with about one space in nine turned into a line break, as in text copied from a
   * PDF; sentence spans stay where they are.
   */
  public static SentenceSample hardWrapped(SentenceSample document, Random random) {
    return new SentenceSample(hardWrapped(document.getDocument(), random), document.getSentences());
  }

  /** The text with about one space in nine turned into a line break. */
  static String hardWrapped(CharSequence text, Random random) {
    StringBuilder wrapped = new StringBuilder(text);
    for (int i = 0; i < wrapped.length(); i++) {
      if (wrapped.charAt(i) == ' ' && random.nextInt(9) == 0) {
        wrapped.setCharAt(i, '\n');
      }
    }
    return wrapped.toString();
  }

  /** Whether the last end-of-sentence punctuation mark ends the text (closing quotes and brackets aside). */
  static boolean endsWithPunctuation(String sentence) {
    int i = sentence.length() - 1;
    while (i >= 0 && "\"'”’»)]".indexOf(sentence.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?".indexOf(sentence.charAt(i)) >= 0;
  }
}
