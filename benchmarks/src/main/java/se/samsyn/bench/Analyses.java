package se.samsyn.bench;

import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.index.IndexAnalysis;

/** The analyses compared: Samsyn's Swedish chain, and Lucene's stock SwedishAnalyzer as the peer. */
final class Analyses {
  static final String SAMSYN = "samsyn";
  static final String LUCENE_SWEDISH = "lucene-swedish";

  private Analyses() {}

  static IndexAnalysis named(String name, SwedishLexicons lexicons) {
    return switch (name) {
      case SAMSYN -> IndexAnalysis.swedish(lexicons);
      case LUCENE_SWEDISH -> {
        SwedishAnalyzer stock = new SwedishAnalyzer();
        yield new IndexAnalysis("lucene-swedish-analyzer", stock, stock, stock);
      }
      default -> throw new IllegalArgumentException("unknown analysis: " + name);
    };
  }
}
