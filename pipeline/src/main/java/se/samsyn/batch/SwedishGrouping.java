package se.samsyn.batch;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import se.samsyn.analysis.AnalyzerTerms;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.core.TermFeatures;
import se.samsyn.group.Classifiers;
import se.samsyn.group.Grouper;
import se.samsyn.group.GroupingSettings;
import se.samsyn.group.PrincipleClassifier;
import se.samsyn.group.ThemeFinder;
import se.samsyn.models.Codebook;
import se.samsyn.models.PrincipleExamples;

/**
 * The grouping stage over Samsyn's Swedish analysis: the classifier sees lemmas and compound
 * parts, clustering and theme labels see the lemmas of content words (nouns, proper nouns,
 * adjectives, verbs), so that no theme is named after a particle or preposition. Holds the two
 * analyzers until closed.
 */
public final class SwedishGrouping implements AutoCloseable {
  private final Analyzer lemmasAndParts;
  private final Analyzer contentLemmas;
  private final TermFeatures terms;

  public SwedishGrouping(SwedishLexicons lexicons) {
    this.lemmasAndParts = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, lexicons);
    this.contentLemmas = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.CONTENT_LEMMAS, lexicons);
    this.terms = new AnalyzerTerms(lemmasAndParts);
  }

  /** The grouping stage with the named classifier, and the labelled examples shipped with Samsyn. */
  public Grouper grouper(Codebook codebook, String classifier) {
    return new Grouper(codebook, classifier(codebook, classifier), Classifiers.runCalibration(classifier),
        new ThemeFinder(new AnalyzerTerms(contentLemmas), GroupingSettings.DEFAULTS), GroupingSettings.DEFAULTS,
        shippedExamples());
  }

  /** The labelled example statements shipped with Samsyn, as classifier training examples. */
  public static List<PrincipleClassifier.Example> shippedExamples() {
    return PrincipleExamples.standard().stream()
        .map(e -> new PrincipleClassifier.Example(e.text(), e.principleIds(), PrincipleClassifier.Source.SHIPPED))
        .toList();
  }

  /** Lemmas and compound parts of a text: what the classifiers read. */
  public TermFeatures terms() {
    return terms;
  }

  /** The named classifier over the lemmas and compound parts of statements. */
  public PrincipleClassifier classifier(Codebook codebook, String name) {
    return Classifiers.create(name, codebook, terms, GroupingSettings.DEFAULTS);
  }

  @Override
  public void close() {
    try (contentLemmas) {
      lemmasAndParts.close();
    }
  }
}
