package se.samsyn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.samsyn.index.IndexFixtures.document;
import static se.samsyn.index.IndexFixtures.statement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.Document;
import se.samsyn.core.DocumentResult;
import se.samsyn.core.ExtractionStatus;
import se.samsyn.core.SourceFile;
import se.samsyn.core.Statement;
import se.samsyn.core.StatementKind;

class LuceneIndexerTest {
  private static IndexAnalysis analysis;

  @TempDir
  Path folder;

  @BeforeAll
  static void analysis() {
    analysis = IndexFixtures.analysis();
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  private static final CodedDocument A = document("a",
      statement("a", 1, "Dialogen ska vara regelbunden.", "Region Testland", LocalDate.of(2024, 3, 12), List.of()),
      statement("a", 2, "Fleråriga bidrag ger arbetsro.", "Region Testland", LocalDate.of(2024, 3, 12),
          List.of("long_term")));
  private static final CodedDocument B = document("b",
      statement("b", 1, "Kvaliteten avgörs av föreningarna.", "", null, List.of()));

  @Test
  void updatesAddReplaceAndRemoveWholeDocuments() throws IOException {
    LuceneIndexer indexer = new LuceneIndexer(folder, analysis, 2);
    assertEquals(new Indexer.IndexUpdate(2, 0, 0, 0, 3), indexer.update(List.of(A, B)));
    assertEquals(List.of("a-1", "a-2", "b-1"), statementIds());

    assertEquals(new Indexer.IndexUpdate(0, 0, 0, 2, 3), indexer.update(List.of(A, B)));

    CodedDocument changedB = document("b",
        statement("b", 1, "Kvaliteten avgörs av föreningarna själva.", "", null, List.of()),
        statement("b", 2, "Uppföljning sker varje år.", "", null, List.of()));
    assertEquals(new Indexer.IndexUpdate(0, 1, 0, 1, 4), indexer.update(List.of(A, changedB)));
    assertEquals(List.of("a-1", "a-2", "b-1", "b-2"), statementIds());
    assertEquals("Kvaliteten avgörs av föreningarna själva.", stored("b-1").text());

    assertEquals(new Indexer.IndexUpdate(0, 0, 1, 1, 2), indexer.update(List.of(changedB)));
    assertEquals(List.of("b-1", "b-2"), statementIds());
  }

  @Test
  void aNewThemeOrScoreOfTheSameStatementsReplacesTheirDocument() throws IOException {
    LuceneIndexer indexer = new LuceneIndexer(folder, analysis, 2);
    indexer.update(List.of(B));
    CodedStatement b1 = B.statements().getFirst();
    CodedStatement themed = new CodedStatement(b1.statementId(), b1.documentId(), b1.source(), b1.title(),
        b1.section(), b1.location(), b1.speaker(), b1.organisation(), b1.date(), b1.text(), b1.principles(),
        "classifier", 0.25, "kvalitet-forening", List.of(), b1.kind(), Map.of());
    assertEquals(new Indexer.IndexUpdate(0, 1, 0, 0, 1), indexer.update(List.of(document("b", themed))));
    assertEquals(themed, stored("b-1"));
    CodedStatement rescored = new CodedStatement(themed.statementId(), themed.documentId(), themed.source(),
        themed.title(), themed.section(), themed.location(), themed.speaker(), themed.organisation(), themed.date(),
        themed.text(), themed.principles(), themed.method(), 0.3, themed.theme(), themed.evidence(),
        themed.kind(), themed.attributes());
    assertEquals(new Indexer.IndexUpdate(0, 1, 0, 0, 1), indexer.update(List.of(document("b", rescored))));
    assertEquals(0.3, stored("b-1").score());
  }

  @Test
  void storedStatementsComeBackUnchanged() throws IOException {
    new LuceneIndexer(folder, analysis, 2).update(List.of(A));
    assertEquals(A.statements().get(1), stored("a-2"));
  }

  @Test
  void anIndexOfAnotherAnalysisIsRebuilt() throws IOException {
    new LuceneIndexer(folder, analysis, 2).update(List.of(A, B));
    IndexAnalysis other = new IndexAnalysis("other-analysis", analysis.text(), analysis.queryText(), analysis.exact());
    assertEquals(new Indexer.IndexUpdate(1, 0, 0, 0, 2), new LuceneIndexer(folder, other, 2).update(List.of(A)));
    assertEquals(List.of("a-1", "a-2"), statementIds());
    try (var directory = FSDirectory.open(folder)) {
      assertEquals("other-analysis", LuceneIndexer.builtWith(directory));
    }
  }

  @Test
  void runResultsBecomeDocumentsWithoutFailedFilesOrDuplicates() {
    SourceFile source = new SourceFile(Path.of("/in/a.txt"), "in/a.txt", "a".repeat(64), 10);
    Statement said = new Statement(Statement.idFor(source.documentId(), 1), source.documentId(), 1,
        "Tydliga spelregler", List.of("Principerna"), null, "Skåne", null, Map.of());
    Document document = new Document(source.documentId(), source, "text/plain", "Titel",
        LocalDate.of(2018, 5, 8), "Östergötland", "sv", List.of(said));
    SourceFile copy = new SourceFile(Path.of("/in/b.txt"), "in/b.txt", "a".repeat(64), 10);
    Document empty = new Document(copy.documentId(), copy, "", "", null, "", "", List.of());
    List<CodedDocument> documents = CodedDocument.of(List.of(
        new DocumentResult(document, ExtractionStatus.OK, ""),
        new DocumentResult(empty, ExtractionStatus.SKIPPED, "same content as in/a.txt")),
        Map.of(), Map.of(said.id(), StatementKind.OFFICIAL));
    assertEquals(1, documents.size());
    CodedStatement statement = documents.getFirst().statements().getFirst();
    assertEquals(new CodedStatement(said.id(), source.documentId(), "in/a.txt", "Titel", "Principerna", "",
        "Skåne", "Östergötland", LocalDate.of(2018, 5, 8), "Tydliga spelregler", List.of(), "", 0, "", List.of(),
        StatementKind.OFFICIAL, Map.of()),
        statement);
  }

  @Test
  void indexedStatementsReadsBackEveryStoredStatementThatMatchesAFilter() throws IOException {
    new LuceneIndexer(folder, analysis, 2).update(List.of(A, B));
    try (IndexedStatements statements = IndexedStatements.open(folder)) {
      List<CodedStatement> all = new ArrayList<>();
      statements.forEach(new MatchAllDocsQuery(), all::add);
      // documents are added on two threads, so the index order of a and b varies
      all.sort(Comparator.comparing(CodedStatement::statementId));
      assertEquals(List.of(A.statements().get(0), A.statements().get(1), B.statements().get(0)), all);
      List<String> byHeading = new ArrayList<>();
      statements.forEach(new TermQuery(new Term(StatementSchema.METHOD, "heading")), s -> byHeading.add(s.statementId()));
      assertEquals(List.of("a-2"), byHeading);
    }
  }

  @Test
  void statementsOfAnotherDocumentAreRejected() {
    CodedStatement ofA = A.statements().getFirst();
    assertThrows(IllegalArgumentException.class, () -> new CodedDocument("b", List.of(ofA)));
  }

  @Test
  void theTextFieldsKeepTheOffsetsOfTheirTermsForHighlighting() throws IOException {
    new LuceneIndexer(folder, analysis, 2).update(List.of(A, B));
    try (var directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      for (String field : List.of(StatementSchema.TEXT, StatementSchema.EXACT)) {
        assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, fields.fieldInfo(field).getIndexOptions(),
            field);
      }
    }
  }

  private List<String> statementIds() throws IOException {
    List<String> ids = new ArrayList<>();
    try (var directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields fields = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Bits live = MultiBits.getLiveDocs(reader);
        if (live == null || live.get(doc)) {
          ids.add(fields.document(doc).get(StatementSchema.STATEMENT_ID));
        }
      }
    }
    ids.sort(String::compareTo);
    return ids;
  }

  private CodedStatement stored(String statementId) throws IOException {
    try (var directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
      TopDocs top = new IndexSearcher(reader).search(
          new TermQuery(new Term(StatementSchema.STATEMENT_ID, statementId)), 1);
      return StatementSchema.fromStored(reader.storedFields().document(top.scoreDocs[0].doc));
    }
  }
}
