package se.samsyn.eval;

import java.util.List;
import se.samsyn.group.PrincipleClassifier;

/**
 * What is held out together in evaluation: a document of the run (its statements in reading order,
 * so that they are read in their passages), or a file of off-topic remarks written for evaluation.
 *
 * @param name      the document id or file name
 * @param ids       the statement ids, in the order of {@code texts}
 * @param texts     what the classifiers read
 * @param trainedOn true for a document of the run, whose structure-labelled statements are training
 *                  examples whenever it is not held out
 */
record Fold(String name, List<String> ids, List<PrincipleClassifier.Text> texts, boolean trainedOn) {
  Fold {
    ids = List.copyOf(ids);
    texts = List.copyOf(texts);
  }
}
