package se.samsyn.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import se.samsyn.corpus.CsvWriter;
import se.samsyn.corpus.DocxWriter;
import se.samsyn.corpus.PdfWriter;
import se.samsyn.corpus.PptxWriter;
import se.samsyn.corpus.SampleDocument;
import se.samsyn.corpus.SurveyTable;

/**
 * A reproducible corpus of synthetic workshop material for throughput measurements: summaries
 * with principle headings (DOCX, PDF, TXT), slide decks (PPTX) and survey exports (CSV), built
 * from fixed word lists and a fixed seed.
 */
final class GeneratedWorkshops {
  private static final String[] PRINCIPLES = {"Självständighet och oberoende", "Dialog", "Kvalitet",
      "Långsiktighet", "Öppenhet och insyn", "Mångfald", "Innovation", "Tydlighet"};
  private static final String[] SUBJECTS = {"Föreningarna", "Kommunen", "Regionen", "Vi", "Parterna",
      "Idéburna organisationer", "Processledarna", "Deltagarna", "Förvaltningen", "Nätverket"};
  private static final String[] VERBS = {"behöver", "vill", "ska", "kan", "bör", "måste"};
  private static final String[] ACTIONS = {"träffas oftare", "dela kunskap", "planera långsiktigt",
      "bjuda in nya grupper", "följa upp arbetet", "öppna för insyn", "stärka dialogen",
      "ta tillvara erfarenheter", "utveckla kvalitetsarbetet", "skapa tillit", "minska trösklarna",
      "ge arbetsro", "pröva nya arbetssätt", "tydliggöra rollerna", "säkra finansieringen"};
  private static final String[] ENDINGS = {"", " i hela länet", " tillsammans med civilsamhället",
      " under flera år", " i dialogforum", " med ömsesidig respekt", " utan att förlora sitt oberoende"};

  /** The seed of the ingest benchmarks' corpus. */
  static final long SEED = 20261123L;

  /** Total characters of statement text written, for MB/s figures. */
  private long characters;

  /**
   * Writes the corpus from a JVM of its own, so that the calling JVM has not yet run the POI and PDFBox
   * code the writers share with Tika's parsers: a benchmark's cold run then starts as cold as a user's.
   */
  static void writeFromAnotherJvm(Path folder, int count, long seed) throws IOException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), GeneratedWorkshops.class.getName(),
        folder.toString(), Integer.toString(count), Long.toString(seed)).inheritIO().start();
    try {
      if (child.waitFor() != 0) {
        throw new IOException("generating the corpus in " + folder + " failed");
      }
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating the corpus", e);
    }
  }

  /** Arguments: FOLDER COUNT SEED. Writes the corpus and prints its size. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    GeneratedWorkshops corpus = new GeneratedWorkshops();
    corpus.write(folder, Integer.parseInt(args[1]), Long.parseLong(args[2]));
    long bytes;
    try (Stream<Path> files = Files.walk(folder)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    System.out.printf("%n[corpus] %s documents, %.2f MB of statement text, %.1f MB of files%n", args[1],
        corpus.characters / 1e6, bytes / 1e6);
  }

  /** Writes {@code count} documents into {@code folder}, cycling through the formats. */
  void write(Path folder, int count, long seed) throws IOException {
    Random random = new Random(seed);
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      String name = String.format("dokument-%05d", i);
      switch (i % 10) {
        case 0, 1, 2, 3 -> new DocxWriter().write(summary(random, i), folder.resolve(name + ".docx"));
        case 4, 5 -> new PdfWriter().write(summary(random, i), folder.resolve(name + ".pdf"));
        case 6 -> new PptxWriter().write(deck(random, i), folder.resolve(name + ".pptx"));
        case 7, 8 -> Files.writeString(folder.resolve(name + ".txt"), plainSummary(random, i), StandardCharsets.UTF_8);
        default -> new CsvWriter().write(survey(random), folder.resolve(name + ".csv"));
      }
    }
  }

  private SampleDocument summary(Random random, int index) {
    SampleDocument.Builder doc = SampleDocument.builder("Workshop " + (index + 1))
        .date(LocalDate.of(2024, 1, 1).plusDays(index % 365));
    for (int p = 0; p < 3; p++) {
      doc.heading(1, (p + 1) + ". " + PRINCIPLES[random.nextInt(PRINCIPLES.length)]);
      doc.heading(2, "Sammanfattning från " + (1 + random.nextInt(28)) + " maj");
      for (int s = 0; s < 8; s++) {
        doc.bullet(statement(random));
      }
    }
    return doc.build();
  }

  private String plainSummary(Random random, int index) {
    StringBuilder text = new StringBuilder("Workshop " + (index + 1) + " 12 maj 2024\n\n");
    for (int p = 0; p < 3; p++) {
      text.append(p + 1).append(". ").append(PRINCIPLES[random.nextInt(PRINCIPLES.length)]).append("\n\n");
      text.append("Sammanfattning från ").append(1 + random.nextInt(28)).append(" maj\n\n");
      for (int s = 0; s < 8; s++) {
        text.append(statement(random)).append("\n\n");
      }
    }
    return text.toString();
  }

  private SampleDocument deck(Random random, int index) {
    SampleDocument.Builder doc = SampleDocument.builder("Informationsmöte " + (index + 1));
    for (int slide = 0; slide < 6; slide++) {
      doc.slide(PRINCIPLES[random.nextInt(PRINCIPLES.length)], List.of(statement(random), statement(random)));
    }
    return doc.build();
  }

  private SurveyTable survey(Random random) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < 25; r++) {
      rows.add(List.of(Integer.toString(r + 1), "Förening " + (1 + random.nextInt(40)), "2024-05-0" + (1 + r % 9),
          statement(random) + " " + statement(random)));
    }
    return new SurveyTable("Enkät", List.of("respondent_id", "organisation", "datum", "Vad är viktigast?"), rows);
  }

  private String statement(Random random) {
    String sentence = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
        + ACTIONS[random.nextInt(ACTIONS.length)] + ENDINGS[random.nextInt(ENDINGS.length)] + ".";
    characters += sentence.length();
    return sentence;
  }
}
