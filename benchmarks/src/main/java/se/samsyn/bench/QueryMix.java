package se.samsyn.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import se.samsyn.search.SearchFilters;
import se.samsyn.search.SearchRequest;

/**
 * A fixed mix of the searches a process leader types, in a seeded order: single words, compounds,
 * phrases, OR, exclusions, prefixes and filters, each as {@code samsyn search} runs it (20 hits,
 * principle expansion on, facets over every match).
 */
final class QueryMix {
  private static final int LIMIT = 20;
  private static final String[] PLAIN = {"oberoende", "dialog", "kvalitet", "tillit", "förtroende",
      "finansiering", "medlemmarna", "långsiktig", "mångfald", "öppenhet", "kvalitetsarbete", "dialogmöten",
      "samverkansformer", "mångfaldsarbete", "bidragsregler", "\"ömsesidig respekt\"", "\"följa upp\"",
      "\"nya arbetssätt\"", "kvalitet uppföljning", "dialog kommunen", "dialog OR samtal",
      "kvalitet uppföljning OR utvärdering", "tillit ELLER förtroende", "dialog -kommunen",
      "oberoende -\"ömsesidig respekt\"", "kvalitet -kvalitetskrav", "innovativ*", "samverk*", "förening*"};

  private QueryMix() {}

  static List<SearchRequest> requests(long seed) {
    List<SearchRequest> requests = new ArrayList<>();
    for (String query : PLAIN) {
      requests.add(request(query, SearchFilters.NONE));
    }
    LocalDate from2018 = LocalDate.of(2018, 1, 1);
    requests.add(request("oberoende", new SearchFilters(null, null, "Göteborgs Stad", null, null)));
    requests.add(request("kvalitet", new SearchFilters(null, null, null, from2018, LocalDate.of(2019, 12, 31))));
    requests.add(request("dialog", new SearchFilters("dialogue", null, null, null, null)));
    requests.add(request("mångfald", new SearchFilters(null, "workshop-000123.docx", null, null, null)));
    requests.add(request("tillit", new SearchFilters(null, null, "region skåne", LocalDate.of(2020, 1, 1), null)));
    requests.add(request("samverkan", new SearchFilters("collaboration", null, null, from2018, null)));
    Collections.shuffle(requests, new Random(seed));
    return List.copyOf(requests);
  }

  private static SearchRequest request(String query, SearchFilters filters) {
    return new SearchRequest(query, filters, LIMIT, true);
  }
}
