package se.samsyn.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samsyn.analysis.AnalyzerTerms;
import se.samsyn.analysis.OpenNlpSwedishAnalyzer;
import se.samsyn.analysis.TestLexicons;
import se.samsyn.core.Method;
import se.samsyn.core.StatementGroups;
import se.samsyn.core.Theme;
import se.samsyn.models.Codebook;
import se.samsyn.models.PrincipleExamples;

class GrouperTest {
  static Analyzer lemmasAndParts;
  static Analyzer contentLemmas;
  static Grouper grouper;
  static List<PrincipleClassifier.Example> examples;

  @BeforeAll
  static void setUp() {
    lemmasAndParts = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.LEMMAS_AND_PARTS, TestLexicons.get());
    contentLemmas = new OpenNlpSwedishAnalyzer(OpenNlpSwedishAnalyzer.Output.CONTENT_LEMMAS, TestLexicons.get());
    examples = PrincipleExamples.standard().stream()
        .map(e -> new PrincipleClassifier.Example(e.text(), e.principleIds(), PrincipleClassifier.Source.SHIPPED)).toList();
    grouper = new Grouper(Codebook.standard(), classifier(), Classifiers.runCalibration(Classifiers.DEFAULT),
        new ThemeFinder(new AnalyzerTerms(contentLemmas), GroupingSettings.DEFAULTS), GroupingSettings.DEFAULTS,
        examples);
  }

  /** The default classifier over Samsyn's Swedish analysis. */
  static PrincipleClassifier classifier() {
    return Classifiers.create(Classifiers.DEFAULT, Codebook.standard(), new AnalyzerTerms(lemmasAndParts),
        GroupingSettings.DEFAULTS);
  }

  @AfterAll
  static void close() {
    lemmasAndParts.close();
    contentLemmas.close();
  }

  @Test
  void classifierLearnsFromHeadingsAndTheCodebookAndGivesEvidence() {
    List<GroupingInput> statements = new ArrayList<>(List.of(
        in("a-1", "Vi behöver mäta kvaliteten i verksamheten", "3. Kvalitet"),
        in("a-2", "Uppföljning av resultat varje år", "3. Kvalitet"),
        in("a-3", "Nya idéer och kreativa arbetssätt", "7. Innovation"),
        in("b-1", "Kvalitetsarbetet måste följas upp och utvärderas"),
        in("b-2", "Våga pröva nya lösningar på gamla problem")));
    Grouping grouping = grouper.group(statements, List.of());
    Map<String, StatementGroups> byId = grouping.byStatement();
    assertEquals(Method.HEADING, byId.get("a-1").method());
    StatementGroups quality = byId.get("b-1");
    assertEquals(Method.CLASSIFIER, quality.method());
    assertEquals("quality", quality.topPrinciple());
    assertTrue(quality.evidence().toString().contains("kvalitet"), quality.evidence()::toString);
    assertTrue(quality.score() > 0.35 && quality.score() <= 1);
    assertEquals("innovation", byId.get("b-2").topPrinciple());
    assertEquals(grouping, grouper.group(statements, List.of()), "same input, same grouping");
  }

  @Test
  void resultsComeInInputOrderWhenDocumentsInterleave() {
    List<GroupingInput> interleaved = List.of(
        new GroupingInput("a-1", "a", "Vi behöver mäta kvaliteten", List.of("3. Kvalitet")),
        new GroupingInput("b-1", "b", "Bussen går för sällan", List.of()),
        new GroupingInput("a-2", "a", "Uppföljning varje år", List.of("3. Kvalitet")));
    assertEquals(List.of("a-1", "b-1", "a-2"),
        grouper.group(interleaved, List.of()).statements().stream().map(StatementGroups::statementId).toList());
  }

  @Test
  void wordsOfQuantityDoNotOutweighWhatAShortAnswerIsAbout() {
    List<GroupingInput> answers = List.of(in("s-1", "Mer dialog och mindre byråkrati"), in("s-2", "Fler mötesplatser"),
        in("s-3", "Mer dialog"));
    Map<String, StatementGroups> byId = grouper.group(answers, List.of()).byStatement();
    for (GroupingInput answer : answers) {
      assertEquals("dialogue", byId.get(answer.id()).topPrinciple(), byId.get(answer.id()).toString());
    }
    assertFalse(byId.get("s-1").evidence().toString().contains("mer"), byId.get("s-1").evidence()::toString);
  }

  @Test
  void aStatementIsReadWithItsNeighboursInTheSamePassage() {
    String vague = "Då blir det lättare för föreningarna att jämföra sig med varandra.";
    String quality = "Kvaliteten i stödet ska mätas och följas upp varje år.";
    PrincipleClassifier classifier = new InPassage(classifier());
    // the same texts, read once as one passage and once as two (the classifier also learns from the texts it reads)
    double[] inPassage = classifier.scoreAll(examples, List.of(new PrincipleClassifier.Text(quality, "p\npage 2"),
        new PrincipleClassifier.Text(vague, "p\npage 2"))).get(1).probabilities();
    double[] elsewhere = classifier.scoreAll(examples, List.of(new PrincipleClassifier.Text(quality, "p\npage 2"),
        new PrincipleClassifier.Text(vague, "q\npage 2"))).get(1).probabilities();
    int q = Codebook.standard().indexOf("quality");
    for (int p = 0; p < inPassage.length; p++) {
      assertTrue(p == q || inPassage[p] < inPassage[q], "quality leads in its passage");
    }
    assertTrue(inPassage[q] > elsewhere[q] + 0.1, inPassage[q] + " vs " + elsewhere[q]);
  }

  @Test
  void aPassageIsReadInTwoRoundsSoThatNeighboursTwoAwayCount() {
    int[] passage = {0, 0, 0, 0, 0, 1};
    assertEquals(5, InPassage.passageEnd(passage, 0));
    assertEquals(6, InPassage.passageEnd(passage, 5));
    assertEquals(1, InPassage.passageEnd(new int[] {-1, -1}, 0), "a text of no passage is read alone");
    InPassage.WorkSpace space = new InPassage.WorkSpace(1);
    float[] read = space.scores(5);
    System.arraycopy(new float[] {0, 0, 1, 0, 0}, 0, read, 0, 5);
    InPassage.smooth(space, 5);
    assertEquals(6 / 16f, read[2], 1e-6f);
    assertEquals(4 / 16f, read[1], 1e-6f);
    assertEquals(4 / 16f, read[3], 1e-6f);
    assertTrue(read[0] > 0 && read[4] > 0, "two away still counts");
  }

  @Test
  void aFirstReadingOfALargeBatchTakesWholePassagesOfEveryKindEvenlySpread() {
    // a slide of one line, then nine notes, and again: 200 passages, 1,000 texts
    List<PrincipleClassifier.Text> texts = new ArrayList<>();
    for (int slide = 0; slide < 100; slide++) {
      texts.add(new PrincipleClassifier.Text("title " + slide, ""));
      for (int note = 0; note < 9; note++) {
        texts.add(new PrincipleClassifier.Text("note " + note, "notes " + slide));
      }
    }
    int[] passage = InPassage.passageNumbers(texts);
    assertEquals(0, passage[0]);
    assertEquals(1, passage[1]);
    assertEquals(1, passage[9]);
    assertEquals(199, passage[999]);
    assertEquals(1_000, InPassage.evenlySpread(passage, 1_000).length, "a batch within the limit is read whole");
    int[] read = InPassage.evenlySpread(passage, 200);
    assertTrue(read.length > 100 && read.length < 300, "about the limit: " + read.length);
    Set<Integer> kept = Arrays.stream(read).boxed().collect(Collectors.toSet());
    for (int i = 0; i < read.length; i++) {
      assertTrue(i == 0 || read[i] > read[i - 1], "in reading order");
      for (int j = 0; j < passage.length; j++) {
        assertTrue(passage[j] != passage[read[i]] || kept.contains(j), "whole passages");
      }
    }
    long titles = Arrays.stream(read).filter(i -> texts.get(i).contextKey().isEmpty()).count();
    assertTrue(titles > 0 && titles < read.length / 2, "one-line slides and notes both: " + titles + " of " + read.length);
    assertTrue(read[read.length - 1] > 500, "spread over the whole batch");
    assertArrayEquals(read, InPassage.evenlySpread(passage, 200), "the same batch is read the same way");
  }

  @Test
  void aWordOfTheMaterialLearnsThePrincipleOfTheSureTextsItStandsIn() {
    PrincipleClassifier classifier = classifier();
    String newWord = "Zorbelrådet";
    double alone = classifier.scoreAll(examples, List.of(new PrincipleClassifier.Text(newWord, ""))).get(0)
        .probabilities()[Codebook.standard().indexOf("quality")];
    List<PrincipleClassifier.Text> batch = List.of(
        new PrincipleClassifier.Text("Kvaliteten i stödet ska mätas och följas upp varje år av Zorbelrådet.", ""),
        new PrincipleClassifier.Text("Zorbelrådet granskar kvaliteten och uppföljningen av verksamheten.", ""),
        new PrincipleClassifier.Text(newWord, ""));
    double learned = classifier.scoreAll(examples, batch).get(2).probabilities()[Codebook.standard().indexOf("quality")];
    assertTrue(learned > 1.5 * alone, alone + " alone, " + learned + " beside sure texts on quality");
  }

  @Test
  void contextStaysInsideItsPassage() {
    // two principles, three terms: the third row reads alone in its passage, as if scored by itself
    LinearClassifier model = LinearClassifier.of(2, 3, new float[] {2, 0, 0, 2, 1, 1});
    SparseRows rows = new SparseRows.Builder().add(new int[] {0}, new float[] {1}).add(new int[] {1}, new float[] {1})
        .add(new int[] {2}, new float[] {1}).build();
    double[] inBatch = new double[6];
    LinearModel.probabilities(model, rows, null, new int[] {0, 0, 1}, InPassage.Pooling.PRODUCT, new Calibration(1), inBatch);
    double[] alone = new double[2];
    LinearModel.probabilities(model, new SparseRows.Builder().add(new int[] {2}, new float[] {1}).build(), null,
        new int[] {-1}, InPassage.Pooling.PRODUCT, new Calibration(1), alone);
    assertArrayEquals(alone, Arrays.copyOfRange(inBatch, 4, 6), 1e-12);
    assertTrue(inBatch[0] > 0.5 && inBatch[0] < 0.88, "the first row is read with the second: " + inBatch[0]);
  }

  @Test
  void aMixtureOfNeighboursCannotVetoWhatTheTextItselfSpeaksTo() {
    // three principles; the middle row leans to the first (logit 3), each neighbour is sure of another one (logit 12)
    LinearClassifier model = LinearClassifier.of(3, 3, new float[] {3, 0, 0, 0, 12, 0, 0, 0, 12});
    SparseRows rows = new SparseRows.Builder().add(new int[] {1}, new float[] {1}).add(new int[] {0}, new float[] {1})
        .add(new int[] {2}, new float[] {1}).build();
    int[] onePassage = {0, 0, 0};
    double[] product = new double[9];
    LinearModel.probabilities(model, rows, null, onePassage, InPassage.Pooling.PRODUCT, new Calibration(1), product);
    double[] mixture = new double[9];
    LinearModel.probabilities(model, rows, null, onePassage, InPassage.Pooling.MIXTURE, new Calibration(1), mixture);
    assertTrue(product[3] < 0.1, "averaged logits: each neighbour outvotes the text's own principle " + product[3]);
    assertTrue(mixture[3] > mixture[4] && mixture[3] > mixture[5], "a mixture: the text's own lean stays the best "
        + Arrays.toString(Arrays.copyOfRange(mixture, 3, 6)));
    // after two rounds the text weighs 1/2 · 1/2 + 2 · (1/4 · 1/3) = 5/12 of itself in a passage of three
    double own = Math.exp(3) / (Math.exp(3) + 2);
    double neighbours = 1 / (Math.exp(12) + 2);
    assertEquals(5 / 12.0 * own + 7 / 12.0 * neighbours, mixture[3], 1e-5);

    // the same passage after a text of no passage and one of a passage of its own reads the same
    SparseRows behind = new SparseRows.Builder().add(new int[] {1}, new float[] {1}).add(new int[] {2}, new float[] {1})
        .add(new int[] {1}, new float[] {1}).add(new int[] {0}, new float[] {1}).add(new int[] {2}, new float[] {1}).build();
    double[] later = new double[15];
    LinearModel.probabilities(model, behind, null, new int[] {-1, 0, 1, 1, 1}, InPassage.Pooling.MIXTURE, new Calibration(1), later);
    assertArrayEquals(mixture, Arrays.copyOfRange(later, 6, 15), 1e-7);
    assertEquals(1.0, later[1], 1e-4, "a text of no passage reads alone");
    assertEquals(1.0, later[5], 1e-4, "a passage of one text reads alone");

    // the calibration rescales the mixture, as evaluation rescales probabilities read at temperature 1
    Calibration sharper = new Calibration(0.5);
    double[] rescaled = new double[9];
    LinearModel.probabilities(model, rows, null, onePassage, InPassage.Pooling.MIXTURE, sharper, rescaled);
    assertArrayEquals(sharper.rescale(Arrays.copyOfRange(mixture, 3, 6)), Arrays.copyOfRange(rescaled, 3, 6), 1e-6);

    // alone in its passage, a text reads as scored, whatever the pooling
    double[] alone = new double[9];
    LinearModel.probabilities(model, rows, null, new int[] {0, 1, 2}, InPassage.Pooling.MIXTURE, sharper, alone);
    double[] scoredAlone = new double[3];
    sharper.probabilities(new float[] {3, 0, 0}, scoredAlone);
    assertArrayEquals(scoredAlone, Arrays.copyOfRange(alone, 3, 6), 1e-6);
  }

  @Test
  void textFlowsOnOverPagesAndLinesButSlidesAndRowsStandAlone() {
    List<String> section = List.of("Synpunkter");
    assertEquals(GroupingInput.passage(section, "line 3"), GroupingInput.passage(section, "line 5"));
    assertEquals(GroupingInput.passage(section, "page 1"), GroupingInput.passage(section, "page 2"));
    assertFalse(GroupingInput.passage(section, "slide 1").equals(GroupingInput.passage(section, "slide 2")));
    assertFalse(GroupingInput.passage(section, "row 1").equals(GroupingInput.passage(section, "row 2")));
    assertFalse(GroupingInput.passage(section, "line 3").equals(GroupingInput.passage(List.of("Annat"), "line 4")),
        "a section ends a passage");
  }

  @Test
  void neighboursThatSayTheSameDoNotMakeAStatementMoreConfident() {
    String text = "Kvaliteten i stödet ska mätas och följas upp varje år.";
    List<GroupingInput> inOnePassage = new ArrayList<>();
    List<GroupingInput> eachAlone = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      inOnePassage.add(new GroupingInput("p-" + i, "p", text, List.of("Uppföljning"),
          GroupingInput.passage(List.of("Uppföljning"), "page 1")));
      eachAlone.add(new GroupingInput("p-" + i, "p", text, List.of("Uppföljning"),
          GroupingInput.passage(List.of("Uppföljning"), "slide " + i)));
    }
    double inPassage = grouper.group(inOnePassage, List.of()).byStatement().get("p-2").score();
    double alone = grouper.group(eachAlone, List.of()).byStatement().get("p-2").score();
    assertEquals(alone, inPassage, 1e-6, "the calibrated score means the same in a passage as alone");
  }

  @Test
  void statementsFittingNoPrincipleAreOtherAndFormThemes() {
    List<GroupingInput> statements = new ArrayList<>();
    String[] texts = {"Lokalerna är för trånga och dyra att hyra", "Vi saknar lokaler för möten på kvällen",
        "Hyran för föreningslokalen har höjts", "Parkeringen vid huset räcker inte",
        "Bussen går för sällan till byn", "Det finns ingen buss på helgerna",
        "Kaffet var gott", "Lunchen var god och kaffet också"};
    for (int i = 0; i < texts.length; i++) {
      statements.add(in("s-" + i, texts[i]));
    }
    Grouping grouping = grouper.group(statements, List.of());
    assertFalse(grouping.themes().isEmpty());
    Map<String, StatementGroups> byId = grouping.byStatement();
    for (Theme theme : grouping.themes()) {
      assertTrue(theme.members().size() >= 2);
      theme.members().forEach(id -> assertEquals("other", byId.get(id).topPrinciple(), byId.get(id).toString()));
      assertEquals(String.join("-", labelWords(theme).sorted().toList()), theme.id());
    }
    assertTrue(grouping.themes().stream().anyMatch(t -> labelWords(t).anyMatch(Set.of("lokal", "hyra", "buss")::contains)),
        grouping.themes().toString());
    assertEquals(grouping.themes(), grouper.group(statements.reversed(), List.of()).themes(),
        "themes do not depend on input order");
  }

  /** The words of a theme's label terms (a phrase term is several). */
  private static Stream<String> labelWords(Theme theme) {
    return theme.labelTerms().stream().flatMap(term -> Arrays.stream(term.split(" ")));
  }

  @Test
  void onlyVoicesFormThemesAndARemarkWrittenTwiceIsClusteredOnce() {
    List<GroupingInput> statements = new ArrayList<>();
    // words no principle speaks of ("lokal" leans to accessibility, whose examples have accessible premises)
    String[] texts = {"Parkeringen vid huset räcker inte till alla", "Vi saknar parkering på kvällen",
        "Parkeringsavgiften vid huset har höjts", "Bussen går för sällan till byn", "Det finns ingen buss på helgerna",
        "Bussen går inte på kvällen"};
    for (int i = 0; i < texts.length; i++) {
      statements.add(in("s-" + i, texts[i]));
    }
    statements.add(in("copy", texts[0] + "."));
    String[] slides = {"Parkering och bussar", "Parkering eller buss?", "Parkering", "Buss"};
    for (int i = 0; i < slides.length; i++) {
      statements.add(in("slide-" + i, slides[i]));
    }
    Set<String> voices = statements.stream().map(GroupingInput::id).filter(id -> !id.startsWith("slide-"))
        .collect(Collectors.toSet());
    Grouping grouping = grouper.group(statements, List.of(), Map.of(), voices);
    assertFalse(grouping.themes().isEmpty());
    List<String> members = grouping.themes().stream().flatMap(t -> t.members().stream()).toList();
    assertTrue(members.stream().noneMatch(id -> id.startsWith("slide-")), members.toString());
    Theme first = grouping.themes().stream().filter(t -> t.members().contains("s-0")).findFirst().orElseThrow();
    assertTrue(first.members().contains("copy"), first.toString());
    assertEquals(first.id(), grouping.byStatement().get("copy").theme());
  }

  @Test
  void clusterCountFollowsTheStatedRule() {
    assertEquals(1, ThemeFinder.clustersFor(2, 30));
    assertEquals(7, ThemeFinder.clustersFor(100, 30));
    assertEquals(30, ThemeFinder.clustersFor(100_000, 30));
  }

  @Test
  void reviewerCodingsOverrideStructureAndClassifierAndTeachTheRest() {
    List<GroupingInput> statements = List.of(
        in("a-1", "Vi behöver mäta kvaliteten i verksamheten", "3. Kvalitet"),
        in("b-1", "Kvalitetsarbetet måste följas upp och utvärderas"),
        in("c-1", "Gröna bussar till fritidsgården varje fredag"),
        in("d-1", "Fler bussar till fritidsgården på helgerna"));
    Map<String, StatementGroups> before = grouper.group(statements, List.of()).byStatement();
    assertFalse(before.get("d-1").principles().contains("long_term"), before.get("d-1").toString());

    Map<String, HumanCoding> human = Map.of(
        "a-1", new HumanCoding("a-1", List.of("openness"), "Anna"),
        "b-1", new HumanCoding("b-1", List.of(), "Anna"),
        "c-1", new HumanCoding("c-1", List.of("long_term"), ""));
    Map<String, StatementGroups> after = grouper.group(statements, List.of(), human,
        statements.stream().map(GroupingInput::id).collect(Collectors.toSet())).byStatement();
    assertEquals(Method.HUMAN, after.get("a-1").method(), "over a heading");
    assertEquals("openness", after.get("a-1").principles());
    assertEquals(List.of("reviewer: Anna"), after.get("a-1").evidence());
    assertEquals(1.0, after.get("a-1").score());
    assertEquals(Method.HUMAN, after.get("b-1").method(), "over the classifier");
    assertEquals("other", after.get("b-1").principles());
    assertEquals(List.of("reviewer"), after.get("c-1").evidence(), "no reviewer named");
    assertEquals(Method.CLASSIFIER, after.get("d-1").method());
    assertEquals("long_term", after.get("d-1").topPrinciple(), "learnt from the coding of c-1: " + after.get("d-1"));
    assertTrue(after.get("d-1").margin() >= 0 && after.get("d-1").margin() <= after.get("d-1").score());
  }

  private static GroupingInput in(String id, String text, String... path) {
    return new GroupingInput(id, id.substring(0, 1), text, List.of(path));
  }
}
