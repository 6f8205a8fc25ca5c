"use strict";
window.SAMSYN_TEXT = {
  sv: {
    appName: "Samsyn", navSearch: "Sök", navOverview: "Översikt", navReview: "Granska", switchLanguage: "English",
    searchLabel: "Sök i uttalandena", searchButton: "Sök", placeholder: "t.ex. oberoende",
    syntaxHint: "Alla ord måste finnas, i alla böjningar och sammansättningar. \"Exakt fras\" inom citattecken, OR mellan alternativ, -ord för att utesluta, prefix* för ordbörjan.",
    statements: n => n === 1 ? "1 uttalande" : n + " uttalanden",
    results: (n, q) => (n === 1 ? "1 uttalande" : n + " uttalanden") + " för ”" + q + "”",
    noResults: q => "Inga uttalanden för ”" + q + "”.", didYouMean: "Menade du:",
    facet_principle: "Princip", facet_kind: "Slag", facet_document: "Dokument", facet_organisation: "Organisation", facet_year: "År",
    kindLabel: "slag", kind: { voice: "Deltagarröst", official: "Officiell text", prompt: "Fråga till deltagarna", heading: "Rubrik" },
    removeFilter: "ta bort filtret", previous: "Föregående", next: "Nästa", page: (p, n) => "Sida " + p + " av " + n,
    export: "Exportera till CSV", open: "Visa i sitt sammanhang", back: "Tillbaka till sökningen",
    speaker: "talare", section: "avsnitt", location: "plats", date: "datum", source: "källa", organisation: "organisation",
    contextTitle: "Uttalandet i sitt sammanhang", position: (p, n) => "Uttalande " + p + " av " + n + " i dokumentet",
    overviewTitle: "Översikt", perPrinciple: "Uttalanden per princip", perDocument: "Uttalanden per dokument",
    themes: "Framväxande teman", noThemes: "Inga teman i detta index.", total: n => "Indexet innehåller " + n + " uttalanden.",
    place: { page: "sida", slide: "bild", line: "rad", row: "rad" },
    openSource: "Öppna källfilen", openSourceAt: where => "Öppna källfilen på " + where,
    error: "Fel", notFound: "Hittades inte"
  },
  en: {
    appName: "Samsyn", navSearch: "Search", navOverview: "Overview", navReview: "Review", switchLanguage: "Svenska",
    searchLabel: "Search the statements", searchButton: "Search", placeholder: "e.g. oberoende",
    syntaxHint: "Every word must occur, in any inflection or compound. \"Exact phrase\" in quotation marks, OR between alternatives, -word to exclude, prefix* for word starts.",
    statements: n => n === 1 ? "1 statement" : n + " statements",
    results: (n, q) => (n === 1 ? "1 statement" : n + " statements") + " for “" + q + "”",
    noResults: q => "No statements for “" + q + "”.", didYouMean: "Did you mean:",
    facet_principle: "Principle", facet_kind: "Kind", facet_document: "Document", facet_organisation: "Organisation", facet_year: "Year",
    kindLabel: "kind", kind: { voice: "Participant's voice", official: "Official text", prompt: "Question to participants", heading: "Heading" },
    removeFilter: "remove the filter", previous: "Previous", next: "Next", page: (p, n) => "Page " + p + " of " + n,
    export: "Export to CSV", open: "Show in context", back: "Back to the search",
    speaker: "speaker", section: "section", location: "location", date: "date", source: "source", organisation: "organisation",
    contextTitle: "The statement in its context", position: (p, n) => "Statement " + p + " of " + n + " in the document",
    overviewTitle: "Overview", perPrinciple: "Statements per principle", perDocument: "Statements per document",
    themes: "Emerging themes", noThemes: "No themes in this index.", total: n => "The index holds " + n + " statements.",
    place: { page: "page", slide: "slide", line: "line", row: "row" },
    openSource: "Open the source file", openSourceAt: where => "Open the source file at " + where,
    error: "Error", notFound: "Not found"
  }
};
