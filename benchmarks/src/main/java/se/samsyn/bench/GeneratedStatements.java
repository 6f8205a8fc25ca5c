package se.samsyn.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import se.samsyn.core.CodedDocument;
import se.samsyn.core.CodedStatement;
import se.samsyn.core.StatementKind;

/**
 * Reproducible workshop statements for index and search measurements, built from fixed word lists
 * and a fixed seed: documents of 50 statements under principle headings, each document with an
 * organisation and a date between 2015 and 2024; statements are labelled with their heading's
 * principle, as grouping by heading would.
 */
final class GeneratedStatements {
  /** The seed of every index and search measurement. */
  static final long SEED = 20261123L;
  static final int PER_DOCUMENT = 50;
  static final int SECTIONS = 5;
  static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  static final int DAYS = 10 * 365;
  static final String[] ORGANISATIONS = {"Göteborgs Stad", "Region Östergötland", "Malmö stad",
      "Stockholms stad", "Region Skåne", "Umeå kommun", "Västra Götalandsregionen", "Region Jämtland Härjedalen",
      "Linköpings kommun", "Örebro kommun", "Luleå kommun", "Region Gävleborg", "Uppsala kommun",
      "Sensus studieförbund", "Studiefrämjandet", "Idéburet forum", "Forum för idéburna organisationer",
      "Rädda Barnen", "Röda Korset", "Riksidrottsförbundet", "Länsstyrelsen i Dalarna", "Kalmar kommun",
      "Borås stad", "Helsingborgs stad", "Västerås stad", "Region Norrbotten", "Sundsvalls kommun",
      "Karlstads kommun", "Jönköpings kommun", "Gotlands kommun"};
  /** Principle id and heading. */
  private static final String[][] PRINCIPLES = {{"independence", "Självständighet och oberoende"},
      {"dialogue", "Dialog"}, {"quality", "Kvalitet"}, {"long_term", "Långsiktighet"},
      {"openness", "Öppenhet och insyn"}, {"diversity", "Mångfald"}, {"innovation", "Innovation"},
      {"clarity", "Tydlighet"}, {"democracy", "Demokrati"}, {"collaboration", "Samverkan"},
      {"accessibility", "Tillgänglighet"}};
  private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "augusti",
      "september", "oktober", "november", "december"};
  private static final String[] SUBJECTS = {"Föreningarna", "Föreningen", "Kommunen", "Kommunerna",
      "Regionen", "Vi", "Parterna", "Idéburna organisationer", "Civilsamhällets organisationer",
      "Processledarna", "Deltagarna", "Förvaltningen", "Nätverket", "Styrelsen", "Politikerna",
      "Tjänstepersonerna", "Ungdomsorganisationerna", "Studieförbunden", "Alla parter", "Organisationerna"};
  private static final String[] VERBS = {"behöver", "vill", "ska", "kan", "bör", "måste", "borde", "önskar"};
  private static final String[] ACTIONS = {"träffas oftare", "dela kunskap", "planera långsiktigt",
      "bjuda in nya grupper", "följa upp arbetet", "öppna för insyn", "stärka dialogen",
      "ta tillvara erfarenheter", "utveckla kvalitetsarbetet", "skapa tillit", "minska trösklarna",
      "ge arbetsro", "pröva nya arbetssätt", "tydliggöra rollerna", "säkra finansieringen",
      "respektera föreningarnas oberoende", "värna sin självständighet", "hålla fler dialogmöten",
      "delta i dialogforum", "utveckla samverkansformer", "satsa på mångfaldsarbete",
      "ställa tydliga kvalitetskrav", "utvärdera insatserna", "arbeta mer innovativt",
      "ta fram innovativa lösningar", "bygga förtroende", "visa öppenhet", "göra lokalerna tillgängliga",
      "stärka demokratin", "se över bidragsreglerna", "teckna långsiktiga avtal", "ge återkoppling",
      "utbilda ledarna", "samverka över gränserna", "lyssna på medlemmarna", "värna integriteten",
      "skapa mötesplatser", "dokumentera överenskommelserna", "mäta kvaliteten", "fördela ansvaret"};
  private static final String[] ENDINGS = {"", "", "", " i hela länet", " tillsammans med civilsamhället",
      " under flera år", " i dialogforum", " med ömsesidig respekt", " utan att förlora sitt oberoende",
      " för att nå fler", " enligt överenskommelsen", " inom den sociala ekonomin", " med tydliga mål",
      " och följa upp resultaten", " så att kvaliteten blir bättre", " på ett hållbart sätt",
      " med hjälp av processledare", " i nära samarbete med föreningslivet"};

  private GeneratedStatements() {}

  /** The source of document {@code index}, as shown in outputs. */
  static String source(int index) {
    return String.format("workshops/workshop-%06d.docx", index);
  }

  /** {@code count} statements in documents of {@link #PER_DOCUMENT} (the last may be shorter). */
  static List<CodedDocument> documents(int count, long seed) {
    Random random = new Random(seed);
    List<CodedDocument> documents = new ArrayList<>();
    for (int first = 0; first < count; first += PER_DOCUMENT) {
      documents.add(document(random, documents.size(), Math.min(PER_DOCUMENT, count - first)));
    }
    return documents;
  }

  private static CodedDocument document(Random random, int index, int size) {
    String id = String.format("gen-%06d", index);
    String organisation = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String title = "Workshop " + (index + 1) + " – " + organisation;
    List<CodedStatement> statements = new ArrayList<>(size);
    String[] principle = null;
    String section = null;
    for (int i = 0; i < size; i++) {
      if (i % (PER_DOCUMENT / SECTIONS) == 0) {
        principle = PRINCIPLES[random.nextInt(PRINCIPLES.length)];
        section = (i / (PER_DOCUMENT / SECTIONS) + 1) + ". " + principle[1] + " > Sammanfattning från "
            + (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(MONTHS.length)];
      }
      statements.add(new CodedStatement(String.format("%s-%04d", id, i), id, source(index), title, section,
          "line " + (3 * i + 5), "", organisation, date, sentence(random), List.of(principle[0]), "heading", 1, "",
          List.of(principle[1]), StatementKind.VOICE, Map.of()));
    }
    return new CodedDocument(id, statements);
  }

  private static String sentence(Random random) {
    String sentence = clause(random, SUBJECTS[random.nextInt(SUBJECTS.length)]);
    if (random.nextInt(3) == 0) {
      sentence += ", men " + clause(random, SUBJECTS[random.nextInt(SUBJECTS.length)].toLowerCase(Locale.ROOT));
    }
    return sentence + ".";
  }

  private static String clause(Random random, String subject) {
    return subject + " " + VERBS[random.nextInt(VERBS.length)] + " " + ACTIONS[random.nextInt(ACTIONS.length)]
        + ENDINGS[random.nextInt(ENDINGS.length)];
  }
}
