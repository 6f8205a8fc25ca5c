package se.samsyn.cli;

import org.apache.lucene.analysis.Analyzer;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.group.AnalyzerTerms;
import se.samsyn.group.Grouper;
import se.samsyn.group.GroupingSettings;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.models.Codebook;

/**
 * The grouping stage over Samsyn's Swedish analysis: the classifier sees lemmas and compound
 * parts, clustering and theme labels see lemmas. Holds the two analyzers until closed.
 */
final class SwedishGrouping implements AutoCloseable {
  private final Analyzer lemmasAndParts;
  private final Analyzer lemmas;

  SwedishGrouping(SwedishLexicons lexicons) {
    this.lemmasAndParts = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, lexicons);
    this.lemmas = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS, lexicons);
  }

  Grouper grouper(Codebook codebook) {
    return new Grouper(codebook, new AnalyzerTerms(lemmasAndParts), new AnalyzerTerms(lemmas),
        GroupingSettings.DEFAULTS);
  }

  PrincipleClassifier classifier(Codebook codebook) {
    return new PrincipleClassifier(codebook, new AnalyzerTerms(lemmasAndParts), GroupingSettings.DEFAULTS);
  }

  @Override
  public void close() {
    try (lemmas) {
      lemmasAndParts.close();
    }
  }
}
