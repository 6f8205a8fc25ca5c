package se.samsyn.cli;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.group.AnalyzerTerms;
import se.samsyn.group.Grouper;
import se.samsyn.group.GroupingSettings;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;
import se.samsyn.models.PrincipleExamples;

/**
 * The grouping stage over Samsyn's Swedish analysis: the classifier sees lemmas and compound
 * parts, clustering and theme labels see the lemmas of content words (nouns, proper nouns,
 * adjectives, verbs), so that no theme is named after a particle or preposition. Holds the two
 * analyzers until closed.
 */
final class SwedishGrouping implements AutoCloseable {
  private final Analyzer lemmasAndParts;
  private final Analyzer contentLemmas;

  SwedishGrouping(SwedishLexicons lexicons) {
    this.lemmasAndParts = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, lexicons);
    this.contentLemmas = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.CONTENT_LEMMAS, lexicons);
  }

  /** The grouping stage, with the labelled examples shipped with Samsyn. */
  Grouper grouper(Codebook codebook) {
    return new Grouper(codebook, new AnalyzerTerms(lemmasAndParts), new AnalyzerTerms(contentLemmas),
        GroupingSettings.DEFAULTS, shippedExamples());
  }

  /** The labelled example statements shipped with Samsyn, as classifier training examples. */
  static List<PrincipleClassifier.Example> shippedExamples() {
    return PrincipleExamples.standard().stream()
        .map(e -> new PrincipleClassifier.Example(e.text(), e.principleIds())).toList();
  }

  PrincipleClassifier classifier(Codebook codebook) {
    return new PrincipleClassifier(codebook, new AnalyzerTerms(lemmasAndParts), GroupingSettings.DEFAULTS);
  }

  @Override
  public void close() {
    try (contentLemmas) {
      lemmasAndParts.close();
    }
  }
}
