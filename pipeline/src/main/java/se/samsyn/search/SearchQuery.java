package se.samsyn.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.Tokens;
import se.samsyn.index.IndexAnalysis;
import se.samsyn.index.StatementSchema;
import se.samsyn.search.UserQuery.Clause;
import se.samsyn.search.UserQuery.Phrase;
import se.samsyn.search.UserQuery.Word;

/**
 * The Lucene queries for a user query. Each word matches its written form in the exact field
 * (boosted, so exact forms rank first) or its lemma in the lemma field, which also holds the
 * parts of compounds; a compound in the query also matches its parts used together
 * (samverkansformer: "former av samverkan"), with less weight, and so do words derived from a
 * query word by a Swedish derivational ending (plan → planera). A phrase matches the exact field only. Words with no lemma (function words
 * such as "och") do not have to occur unless the query has nothing else. With principle
 * expansion, a clause that names a principle also matches the principle's label and other names.
 *
 * @param direct    what the user asked for, filters included
 * @param expanded  the same with principle expansion, or null when no clause names a principle
 * @param highlight every text clause that may have matched (expansions included), for highlighting
 */
public record SearchQuery(BooleanQuery direct, BooleanQuery expanded, Query highlight) {
  /** Weight of a written-form match relative to a lemma or compound-part match. */
  static final float EXACT_BOOST = 2f;
  /** Weight of a match of all parts of a compound the query names, relative to the compound. */
  static final float PARTS_BOOST = 0.5f;
  /** Weight of a match of a word derived from the query's lemma (plan → planera), relative to the lemma. */
  static final float DERIVED_BOOST = 0.5f;
  /**
   * Swedish derivational endings that make a verb or adjective of a noun: plan → planera, kultur →
   * kulturell, demokrati → demokratisk, ansvar → ansvarlig, kraft → kraftig. Only lemmas of at least
   * {@link #MIN_DERIVED_STEM} letters are derived from, so that short words (fri → frisk) are not.
   */
  static final List<String> DERIVATIONS = List.of("era", "ell", "isk", "sk", "lig", "ig");
  static final int MIN_DERIVED_STEM = 4;

  /** Builds the queries; {@code expansion} null turns expansion off. */
  public static SearchQuery of(UserQuery query, SearchFilters filters, IndexAnalysis analysis,
      PrincipleExpansion expansion) throws QuerySyntaxException {
    Builder builder = new Builder(analysis);
    BooleanQuery.Builder direct = new BooleanQuery.Builder();
    BooleanQuery.Builder expanded = new BooleanQuery.Builder();
    List<Query> matches = new ArrayList<>();
    boolean anyExpansion = false;
    int groups = 0;
    boolean onlyFunctionWords = query.required().stream().flatMap(List::stream).noneMatch(builder::hasContent);
    for (List<Clause> group : query.required()) {
      List<Query> alternatives = new ArrayList<>();
      List<Query> expansions = new ArrayList<>();
      for (Clause clause : group) {
        Query match = builder.match(clause);
        if (match != null) {
          alternatives.add(match);
          if (expansion != null) {
            expansions.addAll(builder.expansions(clause, expansion));
          }
        }
      }
      if (alternatives.isEmpty()) {
        continue;
      }
      groups++;
      Occur occur = onlyFunctionWords || group.stream().anyMatch(builder::hasContent) ? Occur.MUST : Occur.SHOULD;
      direct.add(anyOf(alternatives), occur);
      List<Query> all = new ArrayList<>(alternatives);
      all.addAll(expansions);
      matches.addAll(all);
      expanded.add(anyOf(all), occur);
      anyExpansion |= !expansions.isEmpty();
    }
    if (groups == 0) {
      throw new QuerySyntaxException("the query has no words to search for");
    }
    for (Clause clause : query.excluded()) {
      Query match = builder.match(clause);
      if (match != null) {
        direct.add(match, Occur.MUST_NOT);
        expanded.add(match, Occur.MUST_NOT);
      }
    }
    for (Query filter : restrictions(filters)) {
      direct.add(filter, Occur.FILTER);
      expanded.add(filter, Occur.FILTER);
    }
    return new SearchQuery(direct.build(), anyExpansion ? expanded.build() : null, anyOf(matches));
  }

  /**
   * The hits of the expanded query that the direct query does not find: the expanded query's clauses
   * and the direct query excluded, all at the top, where {@link DenseExclusions} finds the exclusions.
   */
  public Query expansionOnly() {
    BooleanQuery.Builder only = new BooleanQuery.Builder()
        .setMinimumNumberShouldMatch(expanded.getMinimumNumberShouldMatch());
    expanded.clauses().forEach(only::add);
    return only.add(direct, Occur.MUST_NOT).build();
  }

  /** Any of the queries: the query itself when there is one. */
  static Query anyOf(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.getFirst();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /** The statements that pass the filters (all statements for {@link SearchFilters#NONE}). */
  public static Query filter(SearchFilters filters) {
    List<Query> restrictions = restrictions(filters);
    if (restrictions.isEmpty()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    restrictions.forEach(q -> all.add(q, Occur.FILTER));
    return all.build();
  }

  private static List<Query> restrictions(SearchFilters filters) {
    List<Query> queries = new ArrayList<>();
    if (filters.method() != null) {
      queries.add(new TermQuery(new Term(StatementSchema.METHOD, filters.method())));
    }
    if (filters.kind() != null) {
      queries.add(new TermQuery(new Term(StatementSchema.KIND, filters.kind().label())));
    }
    if (filters.principle() != null) {
      queries.add(new TermQuery(new Term(StatementSchema.PRINCIPLE, filters.principle())));
    }
    if (filters.document() != null) {
      String document = filters.document().strip();
      queries.add(anyOf(List.of(new TermQuery(new Term(StatementSchema.DOCUMENT_ID, document)),
          new TermQuery(new Term(StatementSchema.SOURCE, document)),
          new TermQuery(new Term(StatementSchema.SOURCE_NAME, StatementSchema.fileName(document))))));
    }
    if (filters.organisation() != null) {
      queries.add(new TermQuery(new Term(StatementSchema.ORGANISATION_KEY,
          filters.organisation().strip().toLowerCase(Locale.ROOT))));
    }
    if (filters.from() != null || filters.to() != null) {
      queries.add(LongPoint.newRangeQuery(StatementSchema.DATE,
          filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay(),
          filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay()));
    }
    return queries;
  }

  /** Turns clauses into Lucene queries with the query analyzers. */
  private record Builder(IndexAnalysis analysis) {
    /** Whether a clause has more than function words: a phrase, a prefix or a word with a lemma. */
    boolean hasContent(Clause clause) {
      return clause instanceof Phrase || (clause instanceof Word word && word.prefix()) || !lemmas(clause).isEmpty();
    }

    Query match(Clause clause) {
      if (clause instanceof Word word && word.prefix()) {
        String prefix = word.text().toLowerCase(Locale.ROOT);
        return anyOf(List.of(
            new BoostQuery(new PrefixQuery(new Term(StatementSchema.EXACT, prefix)), EXACT_BOOST),
            new PrefixQuery(new Term(StatementSchema.TEXT, prefix))));
      }
      Query exact = exact(clause.text());
      if (clause instanceof Phrase) {
        return exact;
      }
      List<Query> forms = new ArrayList<>();
      if (exact != null) {
        forms.add(exact);
      }
      List<String> lemmas = lemmas(clause);
      if (!lemmas.isEmpty()) {
        forms.add(allOf(lemmas));
      }
      if (lemmas.size() == 1 && lemmas.getFirst().length() >= MIN_DERIVED_STEM) {
        DERIVATIONS.forEach(ending -> forms.add(new BoostQuery(
            new TermQuery(new Term(StatementSchema.TEXT, lemmas.getFirst() + ending)), DERIVED_BOOST)));
      }
      List<String> parts = Tokens.tokens(analysis.text(), StatementSchema.TEXT, clause.text()).stream()
          .filter(t -> OpenNlpSwedishAnalyzer.COMPOUND_PART.equals(t.type())).map(Tokens.Token::term).toList();
      if (parts.size() > 1) {
        forms.add(new BoostQuery(allOf(parts), PARTS_BOOST));
      }
      return forms.isEmpty() ? null : anyOf(forms);
    }

    private static Query allOf(List<String> lemmas) {
      if (lemmas.size() == 1) {
        return new TermQuery(new Term(StatementSchema.TEXT, lemmas.getFirst()));
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      lemmas.forEach(l -> all.add(new TermQuery(new Term(StatementSchema.TEXT, l)), Occur.MUST));
      return all.build();
    }

    /** The written forms as a term or phrase on the exact field, boosted; null when none. */
    private Query exact(String text) {
      List<Tokens.Token> tokens = Tokens.tokens(analysis.exact(), StatementSchema.EXACT, text);
      if (tokens.isEmpty()) {
        return null;
      }
      Query query;
      if (tokens.size() == 1) {
        query = new TermQuery(new Term(StatementSchema.EXACT, tokens.getFirst().term()));
      } else {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(StatementSchema.EXACT, t.term()), t.position()));
        query = phrase.build();
      }
      return new BoostQuery(query, EXACT_BOOST);
    }

    private List<String> lemmas(Clause clause) {
      return Tokens.terms(analysis.queryText(), StatementSchema.TEXT, clause.text());
    }

    List<Query> expansions(Clause clause, PrincipleExpansion expansion) {
      if (clause instanceof Word word && word.prefix()) {
        return List.of();
      }
      List<String> lemmas = lemmas(clause);
      Set<String> principles = expansion.principlesNamedBy(lemmas);
      List<Query> queries = new ArrayList<>();
      Set<String> terms = new LinkedHashSet<>();
      for (String principle : principles) {
        queries.add(new TermQuery(new Term(StatementSchema.PRINCIPLE, principle)));
        terms.addAll(expansion.terms(principle));
      }
      lemmas.forEach(terms::remove);
      terms.forEach(t -> queries.add(new TermQuery(new Term(StatementSchema.TEXT, t))));
      return queries;
    }
  }
}
