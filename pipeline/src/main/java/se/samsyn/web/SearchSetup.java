package se.samsyn.web;

import se.samsyn.analysis.SwedishLexicons;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.models.Codebook;
import se.samsyn.search.PrincipleExpansion;
import se.samsyn.search.SearchEngine;

/**
 * What a search needs besides the index: Samsyn's Swedish analysis chain (lexicons and OpenNLP
 * models, seconds to load) and the principle names of the codebook.
 */
record SearchSetup(IndexAnalysis analysis, PrincipleExpansion expansion, SearchEngine engine)
    implements AutoCloseable {

  /** Loads the lexicons and models; the analysis version is {@link IndexAnalysis#swedishVersion()}. */
  static SearchSetup swedish(Codebook codebook) {
    SwedishLexicons lexicons = SwedishLexicons.load();
    IndexAnalysis analysis = IndexAnalysis.swedish(lexicons);
    PrincipleExpansion expansion = new PrincipleExpansion(codebook, analysis.queryText(), lexicons.lookup()::isWord);
    return new SearchSetup(analysis, expansion, new SearchEngine(analysis, expansion));
  }

  @Override
  public void close() {
    analysis.close();
  }
}
