package se.samsyn.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samsyn.core.Document;
import se.samsyn.core.Location;
import se.samsyn.core.SourceFile;
import se.samsyn.core.Statement;
import se.samsyn.core.StatementKind;

/** Kinds decided from structure, on material written for this test (none of it from a real process). */
class StatementKindsTest {
  private static final StatementKind VOICE = StatementKind.VOICE;
  private static final StatementKind OFFICIAL = StatementKind.OFFICIAL;
  private static final StatementKind PROMPT = StatementKind.PROMPT;
  private static final StatementKind HEADING = StatementKind.HEADING;

  /** Builds one document: each line is {section path | speaker | text | location}. */
  private static final class Builder {
    private final String name;
    private final String format;
    private final String title;
    private final List<String[]> lines = new ArrayList<>();

    Builder(String name, String format, String title) {
      this.name = name;
      this.format = format;
      this.title = title;
    }

    Builder line(String section, String speaker, String text) {
      return line(section, speaker, text, Location.line(lines.size() + 1));
    }

    Builder line(String section, String speaker, String text, Location location) {
      lines.add(new String[] {section, speaker, text, location.toString()});
      return this;
    }

    Document build() {
      String sha256 = String.format(java.util.Locale.ROOT, "%08x", name.hashCode()).repeat(8);
      SourceFile source = new SourceFile(Path.of("/in/" + name), "in/" + name, sha256, 10);
      List<Statement> statements = new ArrayList<>();
      for (String[] line : lines) {
        statements.add(new Statement(Statement.idFor(source.documentId(), statements.size() + 1), source.documentId(),
            statements.size() + 1, line[2], line[0].isEmpty() ? List.of() : List.of(line[0].split(" > ")),
            Location.parse(line[3]), line[1], null, Map.of()));
      }
      return new Document(source.documentId(), source, format, title, null, "", "sv", statements);
    }
  }

  private static Map<String, StatementKind> kindsByText(Document... documents) {
    Map<String, StatementKind> kinds = StatementKinds.of(List.of(documents));
    Map<String, StatementKind> byText = new LinkedHashMap<>();
    for (Document document : documents) {
      document.statements().forEach(s -> byText.put(s.text(), kinds.get(s.id())));
    }
    return byText;
  }

  private static final String AGREED = "Parterna ska mötas varje kvartal för att följa upp hur samarbetet går";

  private static Document agreement() {
    return new Builder("avtal.txt", "text/plain", "Överenskommelse i Norrå")
        .line("Överenskommelse i Norrå > 2. Principer", "", AGREED)
        .line("Överenskommelse i Norrå > 2. Principer", "", "Föreningarna bestämmer själva över sin verksamhet.")
        .line("Överenskommelse i Norrå > 3. Organisation", "", "Vem ansvarar för uppföljningen?")
        .build();
  }

  @Test
  void workshopSectionsHoldVoicesAndTheRestOfTheSummaryIsOfficial() {
    Document summary = new Builder("ws.txt", "text/plain", "Om den här sammanställningen")
        .line("", "", "Här samlas det som sades under kvällen i Åbyn.")
        .line("1. Dialog", "Region Norrå", "Dialogen ska vara regelbunden och bygga på ömsesidig respekt.")
        .line("1. Dialog", "Lunda kommun", "Kommunen bjuder in till samråd innan beslut fattas.")
        .line("1. Dialog > Synpunkter från gruppen", "", "Vi vill träffas oftare än en gång om året")
        .line("1. Dialog > Synpunkter från gruppen", "", "Vem bjuder in till nästa träff?")
        .line("1. Dialog > Synpunkter från gruppen", "", "Två åsikter fanns i gruppen:")
        .line("1. Dialog > Synpunkter från gruppen", "Processledarens kommentar", "Frågan kom tillbaka flera gånger")
        .line("2. Kvalitet > Anteckningar från bord 3", "", "Mät det som faktiskt betyder något för deltagarna")
        .build();
    Map<String, StatementKind> kinds = kindsByText(summary);
    assertEquals(List.of(OFFICIAL, OFFICIAL, OFFICIAL, VOICE, VOICE, HEADING, VOICE, VOICE),
        List.copyOf(kinds.values()), kinds.toString());
  }

  @Test
  void agreementTextQuotedInNotesStaysOfficialAndAQuotedPublicBodyToo() {
    Document notes = new Builder("anteckningar.txt", "text/plain", "anteckningar")
        .line("", "", "Lokalerna är för dyra för små föreningar")
        .line("", "", AGREED)
        .line("", "Grupp 2", "Bidragen borde gälla i tre år")
        .line("", "Region Norrå", "Regionen ser gärna fler ansökningar från unga")
        .build();
    Map<String, StatementKind> kinds = kindsByText(agreement(), notes);
    assertEquals(Map.of(AGREED, OFFICIAL, "Föreningarna bestämmer själva över sin verksamhet.", OFFICIAL,
        "Vem ansvarar för uppföljningen?", PROMPT, "Lokalerna är för dyra för små föreningar", VOICE,
        "Bidragen borde gälla i tre år", VOICE, "Regionen ser gärna fler ansökningar från unga", OFFICIAL), kinds);
  }

  @Test
  void slidesPutQuestionsStatementsAndAnswerOptionsToParticipants() {
    Document slides = new Builder("bilder.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "Informationsträff")
        .line("Informationsträff", "", "Informationsträff", Location.slide(1))
        .line("Varför samverka?", "", "Vad vill vi uppnå tillsammans?", Location.slide(2))
        .line("Varför samverka?", "", "Gemensamma spelregler gör det lättare att samarbeta", Location.slide(2))
        .line("Ta ställning", "", "Kommunen lyssnar på föreningarna", Location.slide(3))
        .line("Ta ställning", "", "Håller helt med", Location.slide(3))
        .line("Ta ställning", "", "Håller inte med", Location.slide(3))
        .line("Nästa steg", "", "Kom och var med i arbetsgruppen i vår!", Location.slide(4))
        .line("Nästa steg", "", "Håller helt med", Location.slide(4))
        .line("Nästa steg", "", "Håller inte med", Location.slide(4))
        .line("Nästa steg", "", "TIDPLAN OCH KONTAKT", Location.slide(4))
        .line("Nästa steg", "", "Tack!", Location.slide(5))
        .build();
    Map<String, StatementKind> kinds = kindsByText(slides);
    assertEquals(List.of(HEADING, PROMPT, OFFICIAL, PROMPT, PROMPT, PROMPT, PROMPT, HEADING, OFFICIAL),
        List.copyOf(kinds.values()), kinds.toString());
  }

  @Test
  void surveyAnswersAreVoicesWhoeverAnswersAndEmailsUntilTheirClosing() {
    Document survey = new Builder("enkat.csv", "text/csv", "enkat")
        .line("", "Lunda kommun", "Tydligare kontaktvägar till förvaltningen", Location.row(2))
        .line("", "", "Vet ej:", Location.row(3))
        .line("", "", AGREED, Location.row(4))
        .build();
    Document email = new Builder("brev.eml", "message/rfc822", "Synpunkter")
        .line("", "", "Vi tycker att utkastet är för långt.")
        .line("", "", "Med vänliga hälsningar")
        .line("", "", "Anna Berg, Föreningen Ljuset")
        .build();
    Map<String, StatementKind> kinds = kindsByText(survey, email);
    assertEquals(List.of(VOICE, VOICE, VOICE, VOICE, OFFICIAL, OFFICIAL), List.copyOf(kinds.values()),
        kinds.toString());
  }
}
