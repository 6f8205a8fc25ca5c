package se.samsyn.nlp;

import java.util.List;

/** Splits running text into sentences. Implementations are safe to share between threads. */
public interface SentenceSplitter {
  List<String> split(String text);
}
