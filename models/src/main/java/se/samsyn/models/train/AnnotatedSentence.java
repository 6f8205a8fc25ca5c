package se.samsyn.models.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.formats.conllu.ConlluWordLine;
import opennlp.tools.lemmatizer.LemmaSample;
import opennlp.tools.postag.POSSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.util.Span;

/**
 * A sentence as annotated words, the shape the augmentation edits and then renders as tokenizer,
 * POS-tagger and lemmatizer training samples.
 *
 * @param words the words in order
 */
public record AnnotatedSentence(List<AnnotatedSentence.Word> words) {

  /**
   * One word.
   *
   * @param form       the surface form
   * @param upos       the universal POS tag
   * @param lemma      the lemma
   * @param spaceAfter whether a space follows the word in the text
   */
  public record Word(String form, String upos, String lemma, boolean spaceAfter) {

    /** The same word with or without a following space. */
    public Word spaced(boolean space) {
      return new Word(form, upos, lemma, space);
    }
  }

  public AnnotatedSentence {
    words = List.copyOf(words);
  }

  /** The words of a UD sentence, with CoNLL-U's {@code SpaceAfter=No}. */
  public static AnnotatedSentence of(ConlluSentence sentence) {
    List<Word> words = new ArrayList<>();
    for (ConlluWordLine line : sentence.getWordLines()) {
      boolean spaceAfter = !Arrays.asList(line.getMisc().split("\\|")).contains("SpaceAfter=No");
      words.add(new Word(line.getForm(), line.getPosTag(ConlluTagset.U), line.getLemma(), spaceAfter));
    }
    return new AnnotatedSentence(words);
  }

  public int size() {
    return words.size();
  }

  public Word word(int i) {
    return words.get(i);
  }

  public String form(int i) {
    return words.get(i).form();
  }

  /** The text: forms joined by a space where one follows, without trailing space. */
  public String text() {
    return tokenSample().getText();
  }

  /** The text with its gold token spans, for tokenizer training. */
  public TokenSample tokenSample() {
    StringBuilder text = new StringBuilder();
    Span[] spans = new Span[words.size()];
    for (int i = 0; i < words.size(); i++) {
      int start = text.length();
      text.append(words.get(i).form());
      spans[i] = new Span(start, text.length());
      if (words.get(i).spaceAfter() && i < words.size() - 1) {
        text.append(' ');
      }
    }
    return new TokenSample(text.toString(), spans);
  }

  public POSSample posSample() {
    return new POSSample(forms(), words.stream().map(Word::upos).toList());
  }

  public LemmaSample lemmaSample() {
    return new LemmaSample(forms(), words.stream().map(Word::upos).toList(),
        words.stream().map(Word::lemma).toList());
  }

  /** A copy with {@code word} inserted at {@code index}. */
  public AnnotatedSentence insert(int index, Word word) {
    List<Word> copy = new ArrayList<>(words);
    copy.add(index, word);
    return new AnnotatedSentence(copy);
  }

  /** A copy with words {@code from} (inclusive) to {@code to} (exclusive) replaced by {@code word}. */
  public AnnotatedSentence replace(int from, int to, Word word) {
    List<Word> copy = new ArrayList<>(words.subList(0, from));
    copy.add(word);
    copy.addAll(words.subList(to, words.size()));
    return new AnnotatedSentence(copy);
  }

  /** A copy of the first {@code n} words. */
  public AnnotatedSentence head(int n) {
    return new AnnotatedSentence(words.subList(0, n));
  }

  private List<String> forms() {
    return words.stream().map(Word::form).toList();
  }
}
